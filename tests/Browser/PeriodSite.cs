using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Browser;

/// <summary>
/// The shipped data's page with a quarter and a month added to ReportModel.Periods, written by SiteWriter's page step,
/// for the period selector's browser tests. Their views carry the All-time figures (the metrics per period are not
/// what these tests check: the page's loading, hash and history are), each under its own ids, file and downloads path.
/// </summary>
public sealed class PeriodSite : IDisposable
{
    public static readonly ReportPeriod Quarter = new(PeriodKind.Quarter, "fy2025-26-q3", "Q3 FY2025-26", new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31));
    public static readonly ReportPeriod Month = new(PeriodKind.Month, "2025-10", "Oct 2025", new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31));

    private readonly TempFolder temp = new();

    public PeriodSite()
    {
        var model = ReportCalculator.Compute(DataSetLoader.Load(RepoPaths.Data), MetricsOptions.Default);
        model = model with
        {
            Periods = [.. model.Periods, new PeriodReport(Quarter, model.All, model.Platforms), new PeriodReport(Month, model.All, model.Platforms)],
        };
        Root = temp.Combine("site");
        Directory.CreateDirectory(Root);
        SiteWriter.WritePage(Root, model, ViewSlugs.Assign(model.Views), CounterfactualPicture.Of, SiteOptions.Default, TemplateSet.Default);
    }

    public string Root { get; }

    /// <summary>A copy of the site to break (a view file deleted or damaged) without touching the shared one.</summary>
    public string CopyTo(string folder)
    {
        foreach (var file in Directory.GetFiles(Root, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    public void Dispose() => temp.Dispose();
}
