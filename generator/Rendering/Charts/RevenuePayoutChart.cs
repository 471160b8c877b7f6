namespace RoiReportGen.Rendering.Charts;

public static class RevenuePayoutChart
{
    public static ChartFigure Build(ChartView view) => TopRoasChart.Build(view);
}
