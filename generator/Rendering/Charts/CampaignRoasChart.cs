namespace RoiReportGen.Rendering.Charts;

public static class CampaignRoasChart
{
    public static ChartFigure Build(ChartView view) => TopRoasChart.Build(view);
}
