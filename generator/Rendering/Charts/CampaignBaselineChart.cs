namespace RoiReportGen.Rendering.Charts;

public static class CampaignBaselineChart
{
    public static ChartFigure Build(ChartView view) => TopRoasChart.Build(view);
}
