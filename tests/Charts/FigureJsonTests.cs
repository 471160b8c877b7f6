using Plotly.NET;
using RoiReportGen.Rendering.Charts;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RoiReportGen.Tests.Charts;

/// <summary>
/// <see cref="ChartJson.FigureJson"/> replaces Plotly.NET's slow <c>GenericChart.toFigureJson</c>: it must
/// write the very same text for every kind of chart the report draws.
/// </summary>
public sealed class FigureJsonTests
{
    public static TheoryData<string> Kinds => ["bars", "lines", "empty", "scatter"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Figure_json_is_exactly_plotly_nets(string kind)
    {
        var chart = Chart(kind);
        Assert.Equal(GenericChart.toFigureJson(chart), ChartJson.FigureJson(chart));
    }

    private static GenericChart Chart(string kind) => kind switch
    {
        "bars" => Bars.RoasLayout(
            Bars.Horizontal(
                "ROAS",
                [0.1, 1.0 / 3.0, 2.5, 1e-7, 123456789.125],
                [0, 1, 2, 3, 4],
                ["#d62728", "#2ca02c", "#2ca02c", "#d62728", "#2ca02c"],
                ["a ₹1", "b &amp; c", "\"quoted\"", "line<br>break", "é"],
                ["influencers/a.html", null, "campaigns/b.html", "brands/c.html", null]),
            ["A", "B", "C", "D", "E"]),
        "lines" => ChartLayout.With(
            Plotly.NET.Chart.combine(
            [
                CSharpChart.Line<string, double, string>(x: ["2025-01-01", "2025-01-02"], y: [1.5, 2.0], Name: "Revenue"),
                CSharpChart.Line<string, double, string>(x: ["2025-01-01", "2025-01-02"], y: [0.0, -3.25], Name: "Payout"),
            ]),
            ChartLayout.Base(300)),
        "scatter" => Dyn.Hover(
            CSharpChart.Point<double, double, string>(x: [1.0, 2.0, 3.0], y: [0.05, 0.5, 5.0], Name: "Engagement"),
            ["x", "y", "z"]),
        _ => ChartLayout.Empty("No data in this view"),
    };
}
