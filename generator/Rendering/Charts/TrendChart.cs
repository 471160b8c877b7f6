namespace RoiReportGen.Rendering.Charts;

public static class TrendChart
{
    public static ChartFigure Build(ChartView view) => TopRoasChart.Build(view);
}
