using System.Globalization;
using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Site;

/// <summary>The Data quality section of a view: rows read per file and issue counts by file and reason.</summary>
public static class DataQualityViews
{
    public static DataQualityView For(ReportModel model, PlatformReport view)
    {
        var files = view.IsAll
            ? model.Counts.Select(c => new SummaryRow(c.File, [DisplayFormat.Count(c.Rows), DisplayFormat.Count(c.Excluded)])).ToList()
            : [];
        var reasons = view.Issues
            .GroupBy(i => (i.File, Reason: GeneralReason(i), i.Action))
            .OrderBy(g => FileOrder(g.Key.File)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Reason, StringComparer.Ordinal)
            .Select(g => new SummaryRow(g.Key.File, [g.Key.Reason, DisplayNames.Of(g.Key.Action), g.Count().ToString("N0", CultureInfo.InvariantCulture)]))
            .ToList();
        return new DataQualityView(files, reasons, view.Issues.Count, view.IsAll ? model.Notices : []);
    }

    // Reasons quote values ("unknown influencer_id 'I9'"); counting groups them by the text before the first quote.
    private static string GeneralReason(DataIssue issue)
    {
        var cut = issue.Reason.IndexOfAny(['\'', '"', ':']);
        var general = (cut > 0 ? issue.Reason[..cut] : issue.Reason).Trim();
        // "reach is 0" names its column already; "not a number" needs it.
        return issue.Column.Length > 0 && !general.StartsWith(issue.Column, StringComparison.Ordinal) ? $"{issue.Column}: {general}" : general;
    }

    private static int FileOrder(string file) => file switch
    {
        "influencers.csv" => 0,
        "posts.csv" => 1,
        "tracking_data.csv" => 2,
        "payouts.csv" => 3,
        _ => 4,
    };
}
