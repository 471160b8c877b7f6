using System.IO.Compression;

namespace RoiReportGen.Rendering;

/// <summary>
/// Zip files whose bytes depend only on their content: entries in the order given, each with one fixed timestamp
/// (ZipArchive stamps entries with the time they are written otherwise). report.zip and report.xlsx (a zip package
/// that System.IO.Packaging stamps as it writes) are both written through it.
/// </summary>
public static class DeterministicZip
{
    // The earliest time a zip entry can hold.
    private static readonly DateTimeOffset FixedStamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes = "[Content_Types].xml";

    /// <summary>Writes <paramref name="entries"/> (name, and how to open its content) into a new zip at <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<(string Name, Func<Stream> Open)> entries)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var target = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, open) in entries)
        {
            var copy = target.CreateEntry(name, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedStamp;
            using var to = copy.Open();
            using var from = open();
            from.CopyTo(to);
        }
    }

    /// <summary>
    /// Copies a package entry by entry into <paramref name="path"/>, [Content_Types].xml first (as Office writes it),
    /// then by name.
    /// </summary>
    public static void Repack(Stream package, string path)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        Write(path, source.Entries
            .OrderBy(e => e.FullName == ContentTypes ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => (e.FullName, (Func<Stream>)e.Open)));
    }
}
