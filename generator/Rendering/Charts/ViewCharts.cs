namespace RoiReportGen.Rendering.Charts;

/// <summary>The charts of one view, one per place on the page (SPEC 3's sections).</summary>
/// <param name="Counterfactual">The counterfactual pictures of the campaigns, null when the report was built without estimates.</param>
public sealed record ViewCharts(
    ChartFigure TopRoas,
    ChartFigure RevenuePayout,
    ChartFigure Engagement,
    ChartFigure CampaignRoas,
    ChartFigure PayoutBasis,
    ChartFigure Trend,
    ChartFigure BrandRoas,
    ChartFigure PersonaRoas,
    CounterfactualSection? Counterfactual = null)
{
    /// <summary>Every chart, in page order.</summary>
    public IReadOnlyList<ChartFigure> All =>
        [TopRoas, RevenuePayout, Engagement, CampaignRoas, PayoutBasis, Trend, BrandRoas, PersonaRoas];
}
