using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Periods;

namespace RoiReportGen.Rendering.Charts;

/// <summary>Builds the eight charts of every view of the report, and the counterfactual pictures when there are estimates.</summary>
public static class ReportCharts
{
    /// <summary>The charts of every All-time view, keyed by the same view instances as <paramref name="slugs"/>.</summary>
    /// <param name="pictures">Each view's campaigns with their incremental estimate, for the counterfactual pictures; null: none drawn.</param>
    public static IReadOnlyDictionary<PlatformReport, ViewCharts> Build(
        ReportModel model,
        IReadOnlyDictionary<PlatformReport, string> slugs,
        Func<PlatformReport, IReadOnlyList<CounterfactualPicture>>? pictures = null) =>
        Build(model, new PeriodReport(ReportPeriod.AllTime, model.All, model.Platforms), slugs, pictures, shared: null, EntitySlugs.For(model));

    /// <summary>The charts of every view of one period, keyed by the period's view instances.</summary>
    /// <param name="keys">Each view's key for element ids (<see cref="ElementIds.ViewKey"/>).</param>
    /// <param name="shared">
    /// Counterfactual figures other views may point at (the All × All-time view's, which index.html holds), or null
    /// when this period's All view is that view and defines them. A campaign's estimate is one over its whole
    /// window, so its picture is the same in every period.
    /// </param>
    /// <param name="pages">The entity pages the bars of influencers, campaigns and brands open on a click.</param>
    public static IReadOnlyDictionary<PlatformReport, ViewCharts> Build(
        ReportModel model,
        PeriodReport period,
        IReadOnlyDictionary<PlatformReport, string> keys,
        Func<PlatformReport, IReadOnlyList<CounterfactualPicture>>? pictures,
        IReadOnlyDictionary<string, string>? shared,
        EntitySlugs pages)
    {
        // Colours come from the whole model, so a platform looks the same in All and in its own view.
        var colors = PlatformColors.For(model);
        var platforms = model.Platforms.Select(p => p.Name).ToList();
        var charts = new Dictionary<PlatformReport, ViewCharts>(ReferenceEqualityComparer.Instance);
        foreach (var view in period.Views)
        {
            charts[view] = ForView(new ChartView(view, keys[view], colors, platforms, pages));
        }

        if (pictures is not null)
        {
            // The All × All-time view embeds the figures once; every other view's select points at them (same estimate,
            // same picture). Only they are sure to be on the page when another view is shown.
            var all = CounterfactualCharts.Build(keys[period.All], pictures(period.All), shared, pages);
            var borrowed = shared ?? all.Shared;
            foreach (var view in period.Views)
            {
                var section = ReferenceEquals(view, period.All) ? all : CounterfactualCharts.Build(keys[view], pictures(view), borrowed, pages);
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
