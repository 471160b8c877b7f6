using Plotly.NET;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// The layout every chart starts from: autosize with a fixed height, tight margins, horizontal legend on
/// top, transparent backgrounds. Font and grid colours are left to report.js, which applies the page theme.
/// </summary>
internal static class ChartLayout
{
    public static Layout Base(int height, int leftMargin = 60) => Dyn.Set(
        new Layout(),
        ("autosize", true),
        ("height", height),
        ("margin", Dyn.Obj(("l", leftMargin), ("r", 16), ("t", 40), ("b", 40), ("pad", 2))),
        ("legend", Dyn.Obj(("orientation", "h"), ("x", 0), ("y", 1.02), ("xanchor", "left"), ("yanchor", "bottom"))),
        ("paper_bgcolor", "rgba(0,0,0,0)"),
        ("plot_bgcolor", "rgba(0,0,0,0)"),
        ("hoverlabel", Dyn.Obj(("align", "left"))));

    /// <summary>
    /// A horizontal legend at the foot of the figure, under the axis title (plotly.js makes room for it). For a chart
    /// whose top holds a label (the break-even line's): a legend on top wraps to the plot's width (one entry a row on a
    /// phone, beside long names) and would cover the label.
    /// </summary>
    public static DynamicObj.DynamicObj LegendBelow() => Dyn.Obj(
        ("orientation", "h"), ("xref", "container"), ("yref", "container"), ("x", 0), ("y", 0), ("xanchor", "left"), ("yanchor", "bottom"));

    /// <summary>Height for a horizontal bar chart of <paramref name="rows"/> bars (grouped bars need more room).</summary>
    public static int BarHeight(int rows, int perRow = 24) => Math.Clamp(90 + rows * perRow, 260, 900);

    /// <summary>A category axis drawn from numeric positions, so two bars with the same (escaped) name stay apart.</summary>
    public static DynamicObj.DynamicObj RankAxis(IReadOnlyList<string> escapedLabels) => Dyn.Obj(
        ("tickmode", "array"),
        ("tickvals", Enumerable.Range(0, escapedLabels.Count).ToArray()),
        ("ticktext", escapedLabels.ToArray()),
        ("autorange", "reversed"),
        ("automargin", true),
        ("zeroline", false));

    /// <summary>A value axis that is not money (ROAS, rates); money axes are <see cref="MoneyAxis.Of"/>.</summary>
    public static DynamicObj.DynamicObj ValueAxis(string title, string? tickFormat = null) => Dyn.Obj(
        ("title", Dyn.Obj(("text", title))),
        ("tickformat", tickFormat),
        ("automargin", true),
        ("zeroline", true));

    /// <summary>The dashed break-even line at ROAS 1 across the plot, on the x axis (horizontal bars) or y axis.</summary>
    public static DynamicObj.DynamicObj BreakEven(bool vertical) => vertical
        ? Dyn.Obj(("type", "line"), ("xref", "x"), ("yref", "paper"), ("x0", 1), ("x1", 1), ("y0", 0), ("y1", 1), ("line", ReferenceLine()))
        : Dyn.Obj(("type", "line"), ("xref", "paper"), ("yref", "y"), ("x0", 0), ("x1", 1), ("y0", 1), ("y1", 1), ("line", ReferenceLine()));

    /// <summary>A label for the break-even line, so the dash is not a mystery.</summary>
    public static DynamicObj.DynamicObj BreakEvenLabel() => Dyn.Obj(
        ("text", "break-even (ROAS 1)"), ("xref", "x"), ("yref", "paper"), ("x", 1), ("y", 1),
        ("xanchor", "left"), ("yanchor", "bottom"), ("showarrow", false), ("font", Dyn.Obj(("size", 11))));

    /// <summary>The note an empty chart shows in place of data.</summary>
    public static DynamicObj.DynamicObj EmptyNote(string text) => Dyn.Obj(
        ("text", text), ("xref", "paper"), ("yref", "paper"), ("x", 0.5), ("y", 0.5), ("showarrow", false), ("font", Dyn.Obj(("size", 14))));

    /// <summary>An empty chart: no traces, hidden axes, one note.</summary>
    public static GenericChart Empty(string note, int height = 220)
    {
        var hidden = Dyn.Obj(("visible", false));
        var layout = Dyn.Set(Base(height), ("xaxis", hidden), ("yaxis", hidden), ("annotations", new[] { EmptyNote(note) }));
        return Chart.withLayout(layout).Invoke(Chart.Invisible());
    }

    public static GenericChart With(GenericChart chart, Layout layout) => Chart.withLayout(layout).Invoke(chart);

    private static DynamicObj.DynamicObj ReferenceLine() => Dyn.Obj(("color", SeriesColors.Reference), ("width", 1.5), ("dash", "dash"));
}
