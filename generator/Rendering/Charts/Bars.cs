using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RoiReportGen.Rendering.Charts;

/// <summary>Horizontal bar traces at numeric rank positions (see <see cref="ChartLayout.RankAxis"/>), hover computed in C#.</summary>
internal static class Bars
{
    /// <param name="colours">One colour for the whole trace, or one per bar.</param>
    /// <param name="pages">Each bar's entity page (site-relative, or null), opened by a click on the bar.</param>
    public static GenericChart Horizontal(
        string escapedName, IReadOnlyList<double> values, IReadOnlyList<int> positions, IReadOnlyList<string> colours, IEnumerable<string> hover, IEnumerable<string?> pages)
    {
        var colour = colours.Count == 1 ? Color.fromString(colours[0]) : Color.fromColors(colours.Select(Color.fromString));
        var chart = CSharpChart.Bar<double, int, string>(values: values, Keys: positions.ToArray(), Name: escapedName, MarkerColor: colour, UseDefaults: false);
        Dyn.Traces(chart, ("orientation", "h"));
        return Dyn.Hover(chart, hover, pages);
    }

    /// <summary>A ROAS bar chart: bars best first, break-even line and label, ROAS on x.</summary>
    /// <param name="legendBelow">The legend at the figure's foot (<see cref="ChartLayout.LegendBelow"/>), clear of the break-even label.</param>
    public static GenericChart RoasLayout(GenericChart chart, IReadOnlyList<string> escapedLabels, string barMode = "overlay", bool legendBelow = false)
    {
        var layout = Dyn.Set(
            ChartLayout.Base(ChartLayout.BarHeight(escapedLabels.Count), leftMargin: 8),
            ("barmode", barMode),
            ("xaxis", ChartLayout.ValueAxis("ROAS (revenue ÷ payout)")),
            ("yaxis", ChartLayout.RankAxis(escapedLabels)),
            ("shapes", new[] { ChartLayout.BreakEven(vertical: true) }),
            ("annotations", new[] { ChartLayout.BreakEvenLabel() }),
            ("legend", legendBelow ? ChartLayout.LegendBelow() : null));
        return ChartLayout.With(chart, layout);
    }
}
