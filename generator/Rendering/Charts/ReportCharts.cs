using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>Builds the nine charts of every view of the report.</summary>
public static class ReportCharts
{
    /// <summary>The charts per view, keyed by the same view instances as <paramref name="slugs"/>.</summary>
    public static IReadOnlyDictionary<PlatformReport, ViewCharts> Build(ReportModel model, IReadOnlyDictionary<PlatformReport, string> slugs)
    {
        // Colours come from the whole model, so a platform looks the same in All and in its own view.
        var colors = PlatformColors.For(model);
        var platforms = model.Platforms.Select(p => p.Name).ToList();
        var charts = new Dictionary<PlatformReport, ViewCharts>(ReferenceEqualityComparer.Instance);
        foreach (var view in model.Views)
        {
            charts[view] = ForView(new ChartView(view, slugs[view], colors, platforms));
        }

        return charts;
    }

    public static ViewCharts ForView(ChartView view) => new(
        TopRoasChart.Build(view),
        RevenuePayoutChart.Build(view),
        EngagementChart.Build(view),
        CampaignRoasChart.Build(view),
        CampaignBaselineChart.Build(view),
        PayoutBasisChart.Build(view),
        TrendChart.Build(view),
        BrandRoasChart.Build(view),
        PersonaRoasChart.Build(view));
}
