using Plotly.NET;
using RoiReportGen.Metrics;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// Daily attributed and organic revenue (thin) with their 7-day rolling means (thick), and every
/// campaign window shaded. Only the biggest campaigns get a name label, so many campaigns stay legible.
/// </summary>
public static class TrendChart
{
    public const string Name = "trend";
    public const string Title = "Daily revenue with 7-day rolling mean and campaign windows";
    public const int MaxLabels = 12;

    public static ChartFigure Build(ChartView view)
    {
        var days = view.View.Trend;
        var windows = view.View.Campaigns
            .Where(c => c.StartDate is not null && c.EndDate is not null)
            .OrderBy(c => c.StartDate)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .ToList();
        var table = ChartView.Table(
            ["Week starting", "Days", "Attributed revenue", "Organic revenue", "Campaigns active"],
            Weeks(days).Select(w => (IReadOnlyList<string>)[
                DisplayFormat.Date(w[0].Date), DisplayFormat.Count(w.Count),
                DisplayFormat.Money(w.Sum(d => d.AttributedRevenue)), DisplayFormat.Money(w.Sum(d => d.OrganicRevenue)),
                DisplayFormat.Count(windows.Count(c => c.StartDate <= w[^1].Date && c.EndDate >= w[0].Date))]));
        if (days.Count == 0)
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No tracking data in this view"), table);
        }

        GenericChart[] lines =
        [
            Line("Attributed (daily)", days.Select(d => (d.Date, (decimal?)d.AttributedRevenue)), SeriesColors.Attributed, 1, 0.45),
            Line("Organic (daily)", days.Select(d => (d.Date, (decimal?)d.OrganicRevenue)), SeriesColors.Organic, 1, 0.45),
            Line("Attributed, 7-day mean", days.Select(d => (d.Date, d.AttributedRolling7)), SeriesColors.Attributed, 3, 1),
            Line("Organic, 7-day mean", days.Select(d => (d.Date, d.OrganicRolling7)), SeriesColors.Organic, 3, 1),
        ];
        var layout = Dyn.Set(
            ChartLayout.Base(420),
            ("hovermode", "x unified"),
            ("xaxis", Dyn.Obj(("type", "date"), ("automargin", true))),
            ("yaxis", ChartLayout.ValueAxis("INR per day", tickFormat: "~s", tickPrefix: "₹")),
            ("shapes", windows.Select(Shade).ToArray()),
            ("annotations", Labels(windows)));
        return view.Figure(Name, Title, ChartLayout.With(Chart.combine(lines), layout), table);
    }

    /// <summary>Consecutive 7-day blocks from the first day (the last may be shorter).</summary>
    public static IEnumerable<IReadOnlyList<DailyTrendPoint>> Weeks(IReadOnlyList<DailyTrendPoint> days) => days.Chunk(7);

    private static GenericChart Line(string name, IEnumerable<(DateOnly Date, decimal? Value)> points, string colour, double width, double opacity)
    {
        // Rolling means are undefined for the first six days: those points are left out, not drawn as 0.
        var defined = points.Where(p => p.Value is not null).ToList();
        var chart = CSharpChart.Line<string, double, string>(
            x: defined.Select(p => ChartText.Date(p.Date)).ToArray(),
            y: defined.Select(p => ChartText.Rupees(p.Value!.Value)).ToArray(),
            Name: name,
            LineColor: Color.fromString(colour),
            LineWidth: width,
            Opacity: opacity);
        return Dyn.Hover(chart, defined.Select(p => name + ": " + DisplayFormat.Money(p.Value)));
    }

    // Shaded from the first day's start to the last day's end, so a one-day window is visible.
    private static DynamicObj.DynamicObj Shade(CampaignSummary c) => Dyn.Obj(
        ("type", "rect"), ("xref", "x"), ("yref", "paper"),
        ("x0", ChartText.Date(c.StartDate!.Value)), ("x1", ChartText.Date(c.EndDate!.Value.AddDays(1))),
        ("y0", 0), ("y1", 1), ("fillcolor", SeriesColors.Window), ("line", Dyn.Obj(("width", 0))), ("layer", "below"));

    private static DynamicObj.DynamicObj[] Labels(IReadOnlyList<CampaignSummary> windows)
    {
        // The biggest campaigns by payout get labels; staggering them over three rows keeps neighbours apart.
        var labelled = windows
            .OrderByDescending(c => c.Payout)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .Take(MaxLabels)
            .ToHashSet();
        return windows.Where(labelled.Contains).Select((c, i) => Dyn.Obj(
            ("text", ChartText.Escape(Short(c.Campaign))), ("hovertext", ChartText.Escape(c.Campaign)),
            ("xref", "x"), ("yref", "paper"), ("x", ChartText.Date(c.StartDate!.Value)), ("y", 0.98 - (i % 3 * 0.06)),
            ("xanchor", "left"), ("yanchor", "top"), ("showarrow", false), ("font", Dyn.Obj(("size", 10))))).ToArray();
    }

    // Cut before escaping, so an entity is never cut in half.
    private static string Short(string name) => name.Length <= 24 ? name : name[..23] + "…";
}
