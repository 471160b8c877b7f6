using RoiReportGen.FileSystem;

namespace RoiReportGen.Pipeline;

/// <summary>What stands at the output path, as far as replacing it is concerned.</summary>
internal enum OutputState
{
    /// <summary>Nothing: the new report is moved in.</summary>
    Absent,

    /// <summary>An empty folder, or one holding only the repository's .gitkeep (a fresh clone's output/).</summary>
    Empty,

    /// <summary>A folder this program wrote: it holds the <see cref="FolderMarker"/> asked for.</summary>
    Report,

    /// <summary>A folder with anything else in it: never replaced.</summary>
    Foreign,

    /// <summary>A file, a link that leads nowhere, a FIFO…: never replaced.</summary>
    NotAFolder,
}

internal static class OutputStates
{
    /// <summary>The state of <paramref name="path"/> (links already resolved by the caller), ours when it holds <paramref name="marker"/>.</summary>
    public static OutputState Of(string path, FolderMarker marker)
    {
        var entry = new FileInfo(path);
        if (entry.LinkTarget is not null)
        {
            // Resolve() leaves only a link that leads nowhere.
            return OutputState.NotAFolder;
        }

        if (!entry.Exists && !Directory.Exists(path))
        {
            return OutputState.Absent;
        }

        if (!Directory.Exists(path))
        {
            return OutputState.NotAFolder;
        }

        if (marker.IsIn(path))
        {
            return OutputState.Report;
        }

        var entries = Directory.GetFileSystemEntries(path);
        return entries.Length == 0 || (entries.Length == 1 && RealPath.IsRegularFile(Path.Combine(path, OutputFolder.GitKeep)))
            ? OutputState.Empty
            : OutputState.Foreign;
    }
}
