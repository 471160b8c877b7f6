using RoiReportGen.Rendering.Charts;

namespace RoiReportGen.Rendering.Site;

/// <summary>A chart as the template writes it: its figure JSON marked trusted (it is escaped for a script block).</summary>
public sealed record ChartBlock(string Id, string FigureId, string Title, string AriaLabel, TrustedHtml FigureJson, ChartTableBlock Data)
{
    /// <param name="root">The way from the page to the site's root, for the data table's links ("" on the report).</param>
    public static ChartBlock From(ChartFigure figure, string root = "") =>
        new(figure.Id, figure.FigureId, figure.Title, figure.AriaLabel, new TrustedHtml(figure.FigureJson), ChartTableBlock.From(figure.Data, root));
}

/// <summary>The chart blocks of one view, by place on the page.</summary>
/// <param name="Counterfactual">The counterfactual pictures; null when the report has no estimates to draw.</param>
public sealed record ViewChartBlocks(
    ChartBlock TopRoas,
    ChartBlock RevenuePayout,
    ChartBlock Engagement,
    ChartBlock CampaignRoas,
    ChartBlock PayoutBasis,
    ChartBlock Trend,
    ChartBlock BrandRoas,
    ChartBlock PersonaRoas,
    CounterfactualBlocks? Counterfactual)
{
    public static ViewChartBlocks From(ViewCharts charts) => new(
        ChartBlock.From(charts.TopRoas),
        ChartBlock.From(charts.RevenuePayout),
        ChartBlock.From(charts.Engagement),
        ChartBlock.From(charts.CampaignRoas),
        ChartBlock.From(charts.PayoutBasis),
        ChartBlock.From(charts.Trend),
        ChartBlock.From(charts.BrandRoas),
        ChartBlock.From(charts.PersonaRoas),
        CounterfactualBlocks.From(charts.Counterfactual));
}
