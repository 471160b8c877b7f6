using System.Text;
using RoiReportGen.FileSystem;

namespace RoiReportGen.Pipeline;

/// <summary>
/// The file a folder that this program replaces as a whole holds, so a later run can tell a folder it wrote from
/// anybody else's: it replaces only a folder that is absent, empty, or holds its marker. The marker's first line is
/// fixed; the lines after it list the files the run wrote (sorted, '/'-separated), so a later run can name what it
/// would delete that it did not write (a user's notes) instead of deleting it silently. Same inputs, same bytes.
/// </summary>
public sealed class FolderMarker
{
    private FolderMarker(string fileName, string firstLine, string what, string writer)
    {
        FileName = fileName;
        FirstLine = Encoding.UTF8.GetBytes(firstLine + "\n");
        What = what;
        Writer = writer;
    }

    /// <summary>A report written by `build`.</summary>
    public static FolderMarker Report { get; } = new(
        ".roireport", "RoiReportGen report: a build of RoiReportGen may replace this folder as a whole.", "report", "a build");

    /// <summary>A data set written by `simulate`.</summary>
    public static FolderMarker SimulatedData { get; } = new(
        ".roisimulated", "RoiReportGen simulated data: a run of `simulate` may replace this folder as a whole.", "data set", "`simulate`");

    public string FileName { get; }

    /// <summary>What a folder with this marker holds, for messages ("report", "data set").</summary>
    public string What { get; }

    /// <summary>Who writes it, for messages ("a build", "`simulate`").</summary>
    public string Writer { get; }

    private byte[] FirstLine { get; }

    /// <summary>Writes the marker into <paramref name="folder"/>, listing every file now under it (links not followed).</summary>
    public void WriteInto(string folder)
    {
        var files = FilesUnder(folder).Order(StringComparer.Ordinal).ToList(); // before the marker itself exists
        using var stream = new FileStream(Path.Combine(folder, FileName), FileMode.CreateNew, FileAccess.Write);
        stream.Write(FirstLine);
        foreach (var file in files)
        {
            stream.Write(Encoding.UTF8.GetBytes(file + "\n"));
        }
    }

    /// <summary>Whether <paramref name="folder"/> holds this marker as a regular file (never a link) that starts with its first line.</summary>
    public bool IsIn(string folder) => Read(folder) is not null;

    /// <summary>The files the marker of <paramref name="folder"/> says its run wrote; null when it holds no marker of ours.</summary>
    public IReadOnlySet<string>? Written(string folder) =>
        Read(folder) is { } text ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) : null;

    /// <summary>
    /// Every file and link under <paramref name="folder"/>, and every empty folder (with a trailing '/'), relative and
    /// '/'-separated; a link is listed, never followed.
    /// </summary>
    /// <param name="skipped">Top-level entries left out, not even looked into (a repository's .git).</param>
    public static IEnumerable<string> FilesUnder(string folder, params string[] skipped) => FilesUnder(new DirectoryInfo(folder), "", skipped);

    private static IEnumerable<string> FilesUnder(DirectoryInfo folder, string prefix, string[] skipped)
    {
        var empty = true;
        foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            empty = false;
            if (prefix.Length == 0 && skipped.Contains(entry.Name, StringComparer.Ordinal))
            {
                continue;
            }

            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
            {
                foreach (var file in FilesUnder(directory, $"{prefix}{entry.Name}/", skipped))
                {
                    yield return file;
                }
            }
            else
            {
                yield return prefix + entry.Name;
            }
        }

        if (empty && prefix.Length > 0)
        {
            yield return prefix;
        }
    }

    // The lines after the first; null when there is no marker of ours. A link, FIFO or device named like the marker is not
    // ours and is never opened; a marker over 64 MB is not ours either.
    private string? Read(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, FileName));
        if (!RealPath.IsRegularFile(marker.FullName) || marker.Length < FirstLine.Length || marker.Length > 64L * 1024 * 1024)
        {
            return null;
        }

        var bytes = File.ReadAllBytes(marker.FullName);
        return bytes.AsSpan().StartsWith(FirstLine) ? Encoding.UTF8.GetString(bytes, FirstLine.Length, bytes.Length - FirstLine.Length) : null;
    }
}
