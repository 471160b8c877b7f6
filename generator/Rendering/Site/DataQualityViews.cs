using System.Globalization;
using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Site;

/// <summary>The Data quality section of a view: rows read per file and issue counts by file and reason.</summary>
public static class DataQualityViews
{
    /// <summary>
    /// The most issues a view's page embeds, in file order; the counts by file and reason cover them all and
    /// data_issues.csv holds every one. A million bad rows would otherwise be copied into every view's script.
    /// </summary>
    public const int EmbeddedIssues = 1000;

    /// <summary>The issues a page embeds: the first <see cref="EmbeddedIssues"/> of <paramref name="issues"/>.</summary>
    public static IReadOnlyList<DataIssue> Embedded(IReadOnlyList<DataIssue> issues) =>
        issues.Count <= EmbeddedIssues ? issues : [.. issues.Take(EmbeddedIssues)];

    public static DataQualityView For(ReportModel model, PlatformReport view)
    {
        var files = view.IsAll
            ? model.Counts.Select(c => new SummaryRow(c.File, [DisplayFormat.Count(c.Rows), DisplayFormat.Count(c.Excluded)])).ToList()
            : [];
        var reasons = view.IssueReasons
            .Select(r => new SummaryRow(r.File, [r.Reason, DisplayNames.Of(r.Action), r.Count.ToString("N0", CultureInfo.InvariantCulture)]))
            .ToList();
        return new DataQualityView(files, reasons, view.Issues.Count, Math.Min(view.Issues.Count, EmbeddedIssues), view.IsAll ? model.Notices : []);
    }
}
