using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Rendering.Summary;

namespace RoiReportGen.Pipeline;

/// <summary>What `build` was asked to do.</summary>
/// <param name="DataDirectory">The folder with the four input CSV files.</param>
/// <param name="OutputDirectory">The report folder; replaced as a whole only when the new report is complete.</param>
/// <param name="Pdf">Also print report.pdf with headless Chromium (found before anything is read).</param>
/// <param name="Strict">Any row-level issue fails the build with exit code 1 and leaves the output untouched.</param>
/// <param name="Summary">Also write a Markdown summary (`--summary-md`), optionally against other data; null for none.</param>
/// <param name="MaxDateSpanDays">Rows dated further than this from the data's median date are excluded (`--max-date-span-days`).</param>
public sealed record BuildOptions(
    string DataDirectory,
    string OutputDirectory,
    MetricsOptions Metrics,
    SiteOptions Site,
    bool Pdf,
    bool Strict,
    SummaryOptions? Summary = null,
    int MaxDateSpanDays = DateWindow.DefaultMaxSpanDays);
