namespace RoiReportGen.Rendering.Charts;

public static class PayoutBasisChart
{
    public static ChartFigure Build(ChartView view) => TopRoasChart.Build(view);
}
