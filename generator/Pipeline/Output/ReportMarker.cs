using RoiReportGen.FileSystem;

namespace RoiReportGen.Pipeline;

/// <summary>
/// The file every report holds so a later build can tell a folder this program wrote from anybody
/// else's: a build replaces only a folder that is absent, empty, or holds this marker.
/// Fixed bytes, so same inputs still give byte-identical output.
/// </summary>
public static class ReportMarker
{
    public const string FileName = ".roireport";

    public static ReadOnlySpan<byte> Content => "RoiReportGen report: a build of RoiReportGen may replace this folder as a whole.\n"u8;

    /// <summary>Writes the marker into <paramref name="folder"/>.</summary>
    public static void WriteInto(string folder) => File.WriteAllBytes(Path.Combine(folder, FileName), Content.ToArray());

    /// <summary>Whether <paramref name="folder"/> holds the marker as a regular file (never a link) with exactly our bytes.</summary>
    public static bool IsIn(string folder)
    {
        // A link, FIFO or device named like the marker is not ours, and is never opened.
        var marker = new FileInfo(Path.Combine(folder, FileName));
        if (!RealPath.IsRegularFile(marker.FullName) || marker.Length != Content.Length)
        {
            return false;
        }

        var bytes = new byte[Content.Length];
        using var stream = new FileStream(marker.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.ReadExactly(bytes);
        return Content.SequenceEqual(bytes);
    }
}
