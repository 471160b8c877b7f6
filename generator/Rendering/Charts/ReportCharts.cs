using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>Builds the eight charts of every view of the report, and the counterfactual pictures when there are estimates.</summary>
public static class ReportCharts
{
    /// <summary>The charts per view, keyed by the same view instances as <paramref name="slugs"/>.</summary>
    /// <param name="pictures">Each view's campaigns with their incremental estimate, for the counterfactual pictures; null: none drawn.</param>
    public static IReadOnlyDictionary<PlatformReport, ViewCharts> Build(
        ReportModel model,
        IReadOnlyDictionary<PlatformReport, string> slugs,
        Func<PlatformReport, IReadOnlyList<CounterfactualPicture>>? pictures = null)
    {
        // Colours come from the whole model, so a platform looks the same in All and in its own view.
        var colors = PlatformColors.For(model);
        var platforms = model.Platforms.Select(p => p.Name).ToList();
        var charts = new Dictionary<PlatformReport, ViewCharts>(ReferenceEqualityComparer.Instance);
        foreach (var view in model.Views)
        {
            charts[view] = ForView(new ChartView(view, slugs[view], colors, platforms));
        }

        if (pictures is not null)
        {
            // The All view embeds the figures once; a platform view's select points at them (same estimate, same picture).
            var all = CounterfactualCharts.Build(slugs[model.All], pictures(model.All), shared: null);
            foreach (var view in model.Views)
            {
                var section = ReferenceEquals(view, model.All) ? all : CounterfactualCharts.Build(slugs[view], pictures(view), all.Shared);
                charts[view] = charts[view] with { Counterfactual = section };
            }
        }

        return charts;
    }

    public static ViewCharts ForView(ChartView view) => new(
        TopRoasChart.Build(view),
        RevenuePayoutChart.Build(view),
        EngagementChart.Build(view),
        CampaignRoasChart.Build(view),
        PayoutBasisChart.Build(view),
        TrendChart.Build(view),
        BrandRoasChart.Build(view),
        PersonaRoasChart.Build(view));
}
