namespace RoiReportGen.Rendering.Charts;

public static class EngagementChart
{
    public static ChartFigure Build(ChartView view) => TopRoasChart.Build(view);
}
