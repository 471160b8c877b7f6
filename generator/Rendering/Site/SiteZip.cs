using System.IO.Compression;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// report.zip: the whole site in one file for email, paths relative so it opens offline after
/// unzipping. Entries are sorted and carry a fixed timestamp so the same site gives the same bytes.
/// </summary>
public static class SiteZip
{
    public const string FileName = "report.zip";

    // The earliest time a zip entry can hold; a fixed stamp keeps the archive byte-identical across builds.
    private static readonly DateTimeOffset FixedStamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(string siteRoot)
    {
        var zipPath = Path.Combine(siteRoot, FileName);
        var files = Directory.GetFiles(siteRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteRoot, f).Replace('\\', '/'))
            .Where(f => f != FileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        using var archive = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var relative in files)
        {
            var entry = archive.CreateEntry(relative, CompressionLevel.Optimal);
            entry.LastWriteTime = FixedStamp;
            using var destination = entry.Open();
            using var source = File.OpenRead(Path.Combine(siteRoot, relative));
            source.CopyTo(destination);
        }
    }
}
