namespace RoiReportGen.Rendering.Charts;

public static class BrandRoasChart
{
    public static ChartFigure Build(ChartView view) => TopRoasChart.Build(view);
}
