namespace RoiReportGen.Rendering.Charts;

/// <summary>The charts of one view, one per place on the page (SPEC 3's sections).</summary>
public sealed record ViewCharts(
    ChartFigure TopRoas,
    ChartFigure RevenuePayout,
    ChartFigure Engagement,
    ChartFigure CampaignRoas,
    ChartFigure CampaignBaseline,
    ChartFigure PayoutBasis,
    ChartFigure Trend,
    ChartFigure BrandRoas,
    ChartFigure PersonaRoas)
{
    /// <summary>Every chart, in page order.</summary>
    public IReadOnlyList<ChartFigure> All =>
        [TopRoas, RevenuePayout, Engagement, CampaignRoas, CampaignBaseline, PayoutBasis, Trend, BrandRoas, PersonaRoas];
}
