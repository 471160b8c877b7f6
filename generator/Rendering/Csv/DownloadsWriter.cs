using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Csv;

/// <summary>
/// Writes the CSV downloads of every view: All at downloads/NAME.csv, each platform at
/// downloads/SLUG/NAME.csv, and every month's and quarter's at downloads/PLATFORM/PERIOD/NAME.csv (SPEC 3), but for
/// data_issues.csv, written once per platform (<see cref="IssuesFile"/>).
/// </summary>
public static class DownloadsWriter
{
    public const string Folder = "downloads";

    /// <summary>The file names, in the order the site lists them.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        InfluencerSummaryCsv.Table.FileName,
        CampaignSummaryCsv.Table.FileName,
        PersonaSummaryCsv.Table.FileName,
        BrandSummaryCsv.Table.FileName,
        PayoutSummaryCsv.Table.FileName,
        DataIssuesCsv.Table.FileName,
        RecommendationsCsv.FileName,
    ];

    /// <summary>The site-relative folder of an All-time view's downloads, with '/' separators.</summary>
    public static string RelativeFolder(string slug) => slug == ViewSlugs.All ? Folder : $"{Folder}/{slug}";

    /// <summary>
    /// The site-relative folder of a platform × period view's downloads (SPEC 3): All time keeps
    /// <see cref="RelativeFolder(string)"/>; a month or quarter is downloads/PLATFORM/PERIOD, with "all" as
    /// PLATFORM for all platforms (the same slugs as in the URL hash).
    /// </summary>
    public static string RelativeFolder(string platformSlug, string periodSlug) =>
        periodSlug == Metrics.Periods.ReportPeriod.AllTimeSlug ? RelativeFolder(platformSlug) : $"{Folder}/{platformSlug}/{periodSlug}";

    /// <summary>Writes every platform × period view's downloads under <paramref name="siteRoot"/>; returns how many files were written.</summary>
    /// <param name="slugs">The All-time views' slugs (<see cref="ViewSlugs.Assign"/>); platform i keeps its slug in every period.</param>
    public static int Write(string siteRoot, ReportModel model, IReadOnlyDictionary<PlatformReport, string> slugs)
    {
        var platformSlugs = model.Views.Select(v => slugs[v]).ToList();
        // Every view's folder is its own: they are written on every core (ParallelFiles).
        var views = model.Periods.SelectMany(period => period.Views.Select((view, i) =>
            (Folder: RelativeFolder(platformSlugs[i], period.Period.Slug), View: view, period.Period.IsAllTime)));
        return ParallelFiles.Write(views, v => WriteView(Path.Combine(siteRoot, v.Folder), v.View, v.IsAllTime));
    }

    /// <summary>
    /// The site-relative path of a view's data_issues.csv. Issues are about the files, not a period, so a month or
    /// quarter links its platform's All-time file: the list is written once per platform, never once per period.
    /// </summary>
    public static string IssuesFile(string platformSlug) => $"{RelativeFolder(platformSlug)}/{DataIssuesCsv.Table.FileName}";

    /// <summary>The site-relative path of download <paramref name="fileName"/> of a platform × period view.</summary>
    public static string PathOf(string platformSlug, string periodSlug, string fileName) =>
        fileName == DataIssuesCsv.Table.FileName ? IssuesFile(platformSlug) : $"{RelativeFolder(platformSlug, periodSlug)}/{fileName}";

    private static int WriteView(string folder, PlatformReport view, bool allTime)
    {
        Directory.CreateDirectory(folder);
        CsvTableWriter.Write(Path.Combine(folder, InfluencerSummaryCsv.Table.FileName), InfluencerSummaryCsv.Table, view.Influencers);
        CsvTableWriter.Write(Path.Combine(folder, CampaignSummaryCsv.Table.FileName), CampaignSummaryCsv.Table, view.Campaigns);
        CsvTableWriter.Write(Path.Combine(folder, PersonaSummaryCsv.Table.FileName), PersonaSummaryCsv.Table, view.Personas);
        CsvTableWriter.Write(Path.Combine(folder, BrandSummaryCsv.Table.FileName), BrandSummaryCsv.Table, view.Brands);
        CsvTableWriter.Write(Path.Combine(folder, PayoutSummaryCsv.Table.FileName), PayoutSummaryCsv.Table, view.PayoutBasis);
        if (allTime)
        {
            CsvTableWriter.Write(Path.Combine(folder, DataIssuesCsv.Table.FileName), DataIssuesCsv.Table, view.Issues);
        }

        var recommendations = view.Recommendations;
        CsvTableWriter.Write(Path.Combine(folder, RecommendationsCsv.FileName), RecommendationsCsv.Table(recommendations.Options), recommendations.Influencers);
        return allTime ? FileNames.Count : FileNames.Count - 1;
    }
}
