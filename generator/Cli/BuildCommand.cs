using System.CommandLine;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Recommendations;
using RoiReportGen.Pipeline;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Rendering.Summary;

namespace RoiReportGen.Cli;

/// <summary>`build [--data DIR] [--out DIR] [--baseline-days N] [--carryover-days N] [--target-roas X] [--min-posts N] [--min-orders N] [--max-date-span-days N] [--strict] [--title TEXT] [--zip] [--pdf] [--summary-md FILE [--compare-data DIR]] [--timings]`.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error, TextWriter rawError)
    {
        var data = new Option<string>("--data") { Description = "Folder with the four input CSV files.", DefaultValueFactory = _ => "data" }.NotEmpty();
        var outDir = new Option<string>("--out") { Description = "Report folder; replaced only when the new report is complete.", DefaultValueFactory = _ => "output" }.NotEmpty();
        var baselineDays = new Option<long>("--baseline-days") { Description = $"Days of pre-period the counterfactual iROAS is fitted on (1 to {MetricsOptions.MaxBaselineDays}; fewer than 14 usable days is \"no baseline data\").", DefaultValueFactory = _ => MetricsOptions.Default.BaselineDays }
            .AtLeast(1).AtMost(MetricsOptions.MaxBaselineDays);
        var carryoverDays = new Option<long>("--carryover-days") { Description = $"Days after each campaign window measured as its carry-over (0 to {MetricsOptions.MaxCarryoverDays}; cut short where another campaign on its products starts).", DefaultValueFactory = _ => MetricsOptions.DefaultCarryoverDays }
            .AtLeast(0).AtMost(MetricsOptions.MaxCarryoverDays);
        var rules = RecommendationOptions.Default;
        var targetRoas = new Option<decimal>("--target-roas") { Description = $"Incremental ROAS an influencer must reach to be recommended for scaling (above 0, at most {RecommendationOptions.MaxTargetRoas}).", DefaultValueFactory = _ => rules.TargetRoas }
            .PlainNumber().PositiveAtMost(RecommendationOptions.MaxTargetRoas);
        var minPosts = new Option<long>("--min-posts") { Description = "Fewer posts than this in a view makes an influencer's recommendation \"too early\".", DefaultValueFactory = _ => rules.MinPosts }
            .AtLeast(0).AtMost(RecommendationOptions.MaxThreshold);
        var minOrders = new Option<long>("--min-orders") { Description = "Fewer attributed orders than this in a view makes an influencer's recommendation \"too early\".", DefaultValueFactory = _ => rules.MinOrders }
            .AtLeast(0).AtMost(RecommendationOptions.MaxThreshold);
        var maxDateSpan = DateSpanOption.Create();
        var strict = new Option<bool>("--strict") { Description = "Fail with exit code 1 on any row-level data issue, writing nothing." };
        var title = new Option<string>("--title") { Description = "The report's title.", DefaultValueFactory = _ => SiteOptions.DefaultTitle };
        var zip = new Option<bool>("--zip") { Description = "Also write report.zip of the whole site (opens offline after unzipping)." };
        var pdf = new Option<bool>("--pdf") { Description = "Also write report.pdf (every platform, A4) by printing the page with headless Chromium." };

        var timings = TimingsOption.Create();
        var summaryMd = new Option<string?>("--summary-md") { Description = "Also write a short Markdown summary (KPIs per platform, top and bottom campaigns, data issues) to FILE." }.NotEmpty();
        var compareData = new Option<string?>("--compare-data") { Description = "With --summary-md: compare the KPIs with this other data folder's (e.g. the base branch's)." }.NotEmpty();
        compareData.Validators.Add(r =>
        {
            if (r.GetResult(summaryMd) is null)
            {
                r.AddError("--compare-data needs --summary-md.");
            }
        });

        var command = new Command("build", "Build the report site from the data folder (the default command).")
        {
            data, outDir, baselineDays, carryoverDays, targetRoas, minPosts, minOrders, maxDateSpan, strict, title, zip, pdf, summaryMd, compareData, timings,
        };
        command.SetAction(result => TimingsOption.Run(result.GetValue(timings), error, rawError, recorder => ReportBuilder.Run(
            new BuildOptions(
                result.GetRequiredValue(data),
                result.GetRequiredValue(outDir),
                new MetricsOptions(
                    (int)result.GetValue(baselineDays), // 1 to MaxBaselineDays, checked above
                    new RecommendationOptions(result.GetValue(targetRoas), (int)result.GetValue(minPosts), (int)result.GetValue(minOrders)),
                    (int)result.GetValue(carryoverDays)), // 0 to MaxCarryoverDays, checked above
                new SiteOptions(result.GetRequiredValue(title), result.GetValue(zip)),
                result.GetValue(pdf),
                result.GetValue(strict),
                result.GetValue(summaryMd) is { } summaryFile ? new SummaryOptions(summaryFile, result.GetValue(compareData)) : null,
                result.GetValue(maxDateSpan)),
            output,
            error,
            recorder)));
        return command;
    }
}
