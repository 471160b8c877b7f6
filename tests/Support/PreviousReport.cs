using RoiReportGen.Pipeline;

namespace RoiReportGen.Tests.Support;

/// <summary>A stand-in for a report an earlier build wrote: a few files and the program's marker.</summary>
public static class PreviousReport
{
    public const string File = "previous.txt";

    /// <summary>Creates <paramref name="folder"/> holding previous.txt and the marker; returns the folder.</summary>
    public static string Create(string folder)
    {
        Directory.CreateDirectory(folder);
        System.IO.File.WriteAllText(Path.Combine(folder, File), "the previous report");
        FolderMarker.Report.WriteInto(folder);
        return folder;
    }
}
