using System.IO.Compression;

namespace RoiReportGen.Rendering.Workbook;

/// <summary>
/// Copies a package (an .xlsx is a zip) entry by entry into a file with a fixed timestamp on every entry and the
/// entries in a fixed order ([Content_Types].xml first, as Office writes it, then by name), so the same workbook
/// gives the same bytes: System.IO.Packaging stamps each entry with the time it was written.
/// </summary>
public static class DeterministicZip
{
    // The earliest time a zip entry can hold (as report.zip uses).
    private static readonly DateTimeOffset FixedStamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes = "[Content_Types].xml";

    public static void Repack(Stream package, string path)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == ContentTypes ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var target = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedStamp;
            using var to = copy.Open();
            using var from = entry.Open();
            from.CopyTo(to);
        }
    }
}
