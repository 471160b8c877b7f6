namespace RoiReportGen.Rendering.Charts;

public static class PersonaRoasChart
{
    public static ChartFigure Build(ChartView view) => TopRoasChart.Build(view);
}
