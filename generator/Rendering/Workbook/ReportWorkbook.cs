using RoiReportGen.Metrics;
using RoiReportGen.Rendering.Csv;

namespace RoiReportGen.Rendering.Workbook;

/// <summary>
/// report.xlsx (SPEC 3): every download table of the All-platforms × All-time view as its own sheet, in the order
/// the Downloads section lists the CSV files, at the site root beside index.html (and report.zip / report.pdf).
/// </summary>
public static class ReportWorkbook
{
    public const string FileName = "report.xlsx";

    /// <summary>
    /// The most data issues the workbook's sheet holds, in file order; data_issues.csv keeps every one. A million bad
    /// rows made a sheet no one reads and cost 20 s and gigabytes of memory to write cell by cell.
    /// </summary>
    public const int IssueRows = 10_000;

    /// <summary>The sheets of <paramref name="view"/>: the same tables and rows as its CSV downloads (the first <see cref="IssueRows"/> data issues).</summary>
    public static IReadOnlyList<WorkbookSheet> SheetsOf(PlatformReport view) =>
    [
        WorkbookSheet.Of(InfluencerSummaryCsv.Table, view.Influencers),
        WorkbookSheet.Of(CampaignSummaryCsv.Table, view.Campaigns),
        WorkbookSheet.Of(PersonaSummaryCsv.Table, view.Personas),
        WorkbookSheet.Of(BrandSummaryCsv.Table, view.Brands),
        WorkbookSheet.Of(PayoutSummaryCsv.Table, view.PayoutBasis),
        WorkbookSheet.Of(DataIssuesCsv.Table, view.Issues.Take(IssueRows)),
        WorkbookSheet.Of(RecommendationsCsv.Table(view.Recommendations.Options), view.Recommendations.Influencers),
    ];

    /// <summary>Writes report.xlsx of the model's All × All-time view into <paramref name="siteRoot"/>.</summary>
    public static void Write(string siteRoot, ReportModel model) =>
        WorkbookWriter.Write(Path.Combine(siteRoot, FileName), SheetsOf(model.All));
}
