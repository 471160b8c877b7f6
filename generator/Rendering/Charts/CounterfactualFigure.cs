using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Plotly.NET;
using RoiReportGen.Metrics.Incrementality;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// One counterfactual picture: the daily revenue of the products (actual) against the counterfactual with its
/// 90% band (filled between Low and High), the window shaded, and below it a small panel with the cumulative
/// lift. Money is in whole rupees and the hover text is a Plotly number format (no per-day strings), so a
/// figure stays a few KB and many can sit in the page; the figure's config carries an Indian digit-grouping
/// locale so hover values read like <see cref="DisplayFormat.Money"/> (₹1,23,456).
/// </summary>
public static class CounterfactualFigure
{
    public const int Height = 400;

    // The upper panel (revenue per day) and the lower one (cumulative lift), as fractions of the plot height.
    private static readonly double[] RevenueDomain = [0.36, 1.0];
    private static readonly double[] LiftDomain = [0.0, 0.24];

    // plotly.js steps a date axis in milliseconds.
    private const long DayMs = 86_400_000;

    // d3 currency format for hover values: "₹1,23,456" and "-₹1,234" with the locale below.
    private const string MoneyFormat = "$,.0f";

    /// <summary>
    /// The figure JSON of one series, escaped for a script block; made once per series. Campaigns whose windows overlap
    /// share one estimate, so the same series is drawn on each of their entity pages and in the report's views.
    /// </summary>
    public static string Json(CounterfactualSeries series) =>
        Made.GetValue(series, s => ChartJson.Serialize(Build(s), Config()));

    // Keyed by the series object itself and held only as long as it lives (one build's model), on any thread.
    private static readonly ConditionalWeakTable<CounterfactualSeries, string> Made = new();

    public static GenericChart Build(CounterfactualSeries series)
    {
        var days = series.Days;
        var x = XAxis(days);
        GenericChart[] traces =
        [
            // The band: Low first (invisible), then High filled down to it ("tonexty").
            Line("90% band, low", days.Select(d => d.Low), x, SeriesColors.Counterfactual, 0, "y", ("showlegend", false)),
            Line("90% band", days.Select(d => d.High), x, SeriesColors.Counterfactual, 0, "y", ("fill", "tonexty"), ("fillcolor", SeriesColors.Band)),
            Line("Counterfactual", days.Select(d => d.Counterfactual), x, SeriesColors.Counterfactual, 2, "y", ("line", Dyn.Obj(("color", SeriesColors.Counterfactual), ("width", 2), ("dash", "dash")))),
            Line("Actual", days.Select(d => d.Actual), x, SeriesColors.Revenue, 2.5, "y"),
            Line("Lift so far", days.Select(d => d.CumulativeLift), x, SeriesColors.Lift, 2, "y2", ("fill", "tozeroy"), ("fillcolor", SeriesColors.LiftFill)),
        ];
        var layout = Dyn.Set(
            ChartLayout.Base(Height),
            // Plotly reverses the legend of filled traces; in trace order it reads band, counterfactual, actual, lift.
            // Two entries a row at any width: a phone does not stack four rows of legend over a small plot.
            ("legend", Dyn.Obj(("orientation", "h"), ("traceorder", "normal"), ("entrywidth", 0.5), ("entrywidthmode", "fraction"), ("x", 0), ("y", 1.02), ("xanchor", "left"), ("yanchor", "bottom"))),
            ("hovermode", "x unified"),
            ("xaxis", Dyn.Obj(("type", "date"), ("anchor", "y2"), ("automargin", true), ("hoverformat", "%a %d %b %Y"))),
            ("yaxis", Dyn.Set(
                MoneyAxis.Of("INR per day", days.SelectMany(d => new[] { d.Low, d.High, d.Counterfactual, d.Actual }).Select(ChartText.Rupees)),
                ("domain", RevenueDomain), ("hoverformat", MoneyFormat))),
            // The lift panel is short: two steps (three labels), as many as fit its height; lift may be below zero.
            ("yaxis2", Dyn.Set(
                MoneyAxis.Of("Cumulative lift", days.Select(d => ChartText.Rupees(d.CumulativeLift)), maxSteps: 2),
                ("domain", LiftDomain), ("anchor", "x"), ("hoverformat", MoneyFormat))),
            ("shapes", new[] { Window(series) }),
            ("annotations", new[] { WindowLabel(series) }));
        return ChartLayout.With(Chart.combine(traces), layout);
    }

    /// <summary>
    /// plotly.js formats numbers with d3-format, whose grouping comes from the locale: Indian grouping is the
    /// last three digits, then twos (the list is cycled, so it is long enough for any rupee amount).
    /// </summary>
    public static JsonObject Config() => new()
    {
        ["locale"] = "en-IN",
        ["locales"] = new JsonObject
        {
            ["en-IN"] = new JsonObject
            {
                ["format"] = new JsonObject
                {
                    ["decimal"] = ".",
                    ["thousands"] = ",",
                    ["grouping"] = new JsonArray(3, 2, 2, 2, 2, 2, 2, 2),
                    ["currency"] = new JsonArray("₹", string.Empty),
                },
            },
        },
    };

    // ("x0", first, "dx", one day) when the days follow each other; dates where contaminated days were left out.
    private static (string Key, object? Value)[] XAxis(IReadOnlyList<CounterfactualDay> days) =>
        days[^1].Date.DayNumber - days[0].Date.DayNumber + 1 == days.Count
            ? [("x0", ChartText.Date(days[0].Date)), ("dx", DayMs)]
            : [("x", days.Select(d => ChartText.Date(d.Date)).ToArray())];

    private static GenericChart Line(
        string name, IEnumerable<decimal> values, (string Key, object? Value)[] x, string colour, double width, string yaxis,
        params (string Key, object? Value)[] extra)
    {
        var chart = CSharpChart.Line<string, double, string>(x: [], y: [], Name: name, LineColor: Color.fromString(colour), LineWidth: width, UseDefaults: false);
        // Plotly.NET's empty x and marker would only add bytes; the unified hover shows each trace's name and
        // its value in the axis's hoverformat.
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.RemoveProperty("x");
            trace.RemoveProperty("marker");
        }

        return Dyn.Traces(chart, [.. x, ("y", values.Select(ChartText.Rupees).ToArray()), ("yaxis", yaxis), .. extra]);
    }

    // From the first day's start to the day after the last, over both panels, so a one-day window shows.
    private static DynamicObj.DynamicObj Window(CounterfactualSeries series) => Dyn.Obj(
        ("type", "rect"), ("xref", "x"), ("yref", "paper"),
        ("x0", ChartText.Date(series.WindowStart)), ("x1", EndOfDay(series.WindowEnd)),
        ("y0", 0), ("y1", 1), ("fillcolor", SeriesColors.Window), ("line", Dyn.Obj(("width", 0))), ("layer", "below"));

    private static DynamicObj.DynamicObj WindowLabel(CounterfactualSeries series) => Dyn.Obj(
        ("text", "window"), ("xref", "x"), ("yref", "paper"), ("x", ChartText.Date(series.WindowStart)), ("y", 1),
        ("xanchor", "left"), ("yanchor", "top"), ("showarrow", false), ("font", Dyn.Obj(("size", 11))));

    private static string EndOfDay(DateOnly day) =>
        day == DateOnly.MaxValue ? ChartText.Date(day) + " 23:59:59.999" : ChartText.Date(day.AddDays(1));
}
