namespace RoiReportGen.Rendering.Site;

/// <summary>
/// report.zip: the whole site in one file for email, paths relative so it opens offline after
/// unzipping. Entries are sorted and carry a fixed timestamp so the same site gives the same bytes.
/// </summary>
public static class SiteZip
{
    public const string FileName = "report.zip";

    public static void Write(string siteRoot)
    {
        var zipPath = Path.Combine(siteRoot, FileName);
        var files = Directory.GetFiles(siteRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteRoot, f).Replace('\\', '/'))
            .Where(f => f != FileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        DeterministicZip.Write(zipPath, files.Select(relative => (relative, (Func<Stream>)(() => File.OpenRead(Path.Combine(siteRoot, relative))))));
    }
}
