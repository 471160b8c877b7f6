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

    /// <summary>The most campaign windows the chart shades.</summary>
    public const int MaxShades = 200;

    /// <summary>A window label shows at most this many characters (the full name is in its hover text).</summary>
    public const int LabelLength = 24;

    // plotly.js steps a date axis in milliseconds.
    private const long DayMs = 86_400_000;

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
                DisplayFormat.Date(w.Start), DisplayFormat.Count(w.Days),
                DisplayFormat.Money(w.AttributedRevenue), DisplayFormat.Money(w.OrganicRevenue),
                DisplayFormat.Count(windows.Count(c => c.StartDate <= w.End && c.EndDate >= w.Start))]));
        if (days.Count == 0)
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No tracking data in this view"), table);
        }

        // Hover: one tooltip per day from the first trace, listing all four values; the other traces skip
        // hover. When the days are every day of the span, x is x0 + dx rather than a date per point (half
        // the JSON); a trend with gaps (see TrendCalculator) gives its dates.
        var x = XAxis(days);
        GenericChart[] lines =
        [
            Line("Attributed (daily)", days.Select(d => (decimal?)d.AttributedRevenue), x, SeriesColors.Attributed, 1, 0.45),
            Line("Organic (daily)", days.Select(d => (decimal?)d.OrganicRevenue), x, SeriesColors.Organic, 1, 0.45),
            Line("Attributed, 7-day mean", days.Select(d => d.AttributedRolling7), x, SeriesColors.Attributed, 3, 1),
            Line("Organic, 7-day mean", days.Select(d => d.OrganicRolling7), x, SeriesColors.Organic, 3, 1),
        ];
        Dyn.Hover(lines[0], days.Select(Hover));
        foreach (var line in lines[1..])
        {
            Dyn.Traces(line, ("hoverinfo", "skip"));
        }

        var layout = Dyn.Set(
            ChartLayout.Base(420),
            ("hovermode", "x"),
            ("xaxis", Dyn.Obj(("type", "date"), ("automargin", true))),
            // The 7-day means lie within the daily values, so the daily values set the ticks.
            ("yaxis", MoneyAxis.Of("INR per day", days.SelectMany(d => new[] { d.AttributedRevenue, d.OrganicRevenue }).Select(ChartText.Rupees))),
            ("shapes", Shaded(windows).Select(Shade).ToArray()),
            ("annotations", Labels(windows, view.Pages)));
        return view.Figure(Name, Title, ChartLayout.With(Chart.combine(lines), layout), table);
    }

    /// <summary>
    /// Consecutive 7-day blocks from the first day (the last may be shorter), only those holding a day of the
    /// trend: the table grows with the data, not with the calendar span.
    /// </summary>
    public static IEnumerable<TrendWeek> Weeks(IReadOnlyList<DailyTrendPoint> days)
    {
        if (days.Count == 0)
        {
            yield break;
        }

        var first = days[0].Date.DayNumber;
        var last = days[^1].Date.DayNumber;
        foreach (var week in days.GroupBy(d => (d.Date.DayNumber - first) / 7))
        {
            var start = first + (week.Key * 7);
            var end = Math.Min(start + 6, last);
            yield return new TrendWeek(
                DateOnly.FromDayNumber(start), DateOnly.FromDayNumber(end), end - start + 1,
                week.Sum(d => d.AttributedRevenue), week.Sum(d => d.OrganicRevenue));
        }
    }

    // ("x0", first, "dx", one day) for every day of the span; ("x", dates) for a trend with gaps.
    private static (string Key, object? Value)[] XAxis(IReadOnlyList<DailyTrendPoint> days) =>
        days[^1].Date.DayNumber - days[0].Date.DayNumber + 1 == days.Count
            ? [("x0", ChartText.Date(days[0].Date)), ("dx", DayMs)]
            : [("x", days.Select(d => ChartText.Date(d.Date)).ToArray())];

    private static GenericChart Line(string name, IEnumerable<decimal?> values, (string Key, object? Value)[] x, string colour, double width, double opacity)
    {
        var y = values.Select(v => v is { } value ? ChartText.Rupees(value) : (double?)null).ToArray();
        var chart = CSharpChart.Line<string, double, string>(
            x: [], y: [], Name: name, LineColor: Color.fromString(colour), LineWidth: width, Opacity: opacity, UseDefaults: false);

        // Rolling means are undefined for the first six days: null leaves a gap rather than a false 0.
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.RemoveProperty("x");
        }

        return Dyn.Traces(chart, [.. x, ("y", y)]);
    }

    private static string Hover(DailyTrendPoint d) => ChartText.Lines(
        $"<b>{ChartText.Date(d.Date)}</b>",
        $"Attributed {DisplayFormat.Money(d.AttributedRevenue)} (7-day mean {DisplayFormat.Money(d.AttributedRolling7)})",
        $"Organic {DisplayFormat.Money(d.OrganicRevenue)} (7-day mean {DisplayFormat.Money(d.OrganicRolling7)})");

    // Past MaxShades windows (20,000 campaigns made a 3.4 MB figure of one grey block) only the most paid are shaded,
    // in date order; the table's "Campaigns active" still counts every one.
    private static IEnumerable<CampaignSummary> Shaded(List<CampaignSummary> windows) =>
        windows.Count <= MaxShades
            ? windows
            : windows.OrderByDescending(c => c.Payout).ThenBy(c => c.Campaign, StringComparer.Ordinal).Take(MaxShades)
                .OrderBy(c => c.StartDate).ThenBy(c => c.Campaign, StringComparer.Ordinal);

    // Shaded from the first day's start to the last day's end, so a one-day window is visible.
    private static DynamicObj.DynamicObj Shade(CampaignSummary c) => Dyn.Obj(
        ("type", "rect"), ("xref", "x"), ("yref", "paper"),
        ("x0", ChartText.Date(c.StartDate!.Value)), ("x1", EndOfDay(c.EndDate!.Value)),
        ("y0", 0), ("y1", 1), ("fillcolor", SeriesColors.Window), ("line", Dyn.Obj(("width", 0))), ("layer", "below"));

    // The next day's midnight; 9999-12-31 has no next day (DateOnly.AddDays would throw), so its last millisecond.
    internal static string EndOfDay(DateOnly day) =>
        day == DateOnly.MaxValue ? ChartText.Date(day) + " 23:59:59.999" : ChartText.Date(day.AddDays(1));

    private static DynamicObj.DynamicObj[] Labels(IReadOnlyList<CampaignSummary> windows, EntitySlugs pages)
    {
        // The biggest campaigns by payout get labels; staggering them over three rows keeps neighbours apart.
        var labelled = windows
            .OrderByDescending(c => c.Payout)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .Take(MaxLabels)
            .ToHashSet();
        return windows.Where(labelled.Contains)
            .Select((c, i) => Label(c.Campaign, c.StartDate!.Value, 0.98 - (i % 3 * 0.06), pages.CampaignPage(c.Campaign)))
            .ToArray();
    }

    /// <summary>
    /// A window's name label at its start: the name cut to <see cref="LabelLength"/>, the whole name on hover. With a
    /// page, the label takes clicks (captureevents) and carries the campaign's page (site-relative) as its name, which
    /// report.js's plotly_clickannotation handler opens; keyboard users have the campaign table's links.
    /// </summary>
    internal static DynamicObj.DynamicObj Label(string campaign, DateOnly start, double y, string? page) => Dyn.Obj(
        ("text", ChartText.Escape(Short(campaign))), ("hovertext", ChartText.Escape(campaign)),
        ("xref", "x"), ("yref", "paper"), ("x", ChartText.Date(start)), ("y", y),
        ("xanchor", "left"), ("yanchor", "top"), ("showarrow", false), ("font", Dyn.Obj(("size", 10))),
        ("captureevents", page is null ? null : true), ("name", page));

    // Cut before escaping, so an entity is never cut in half; by characters, so an emoji is never cut in half.
    private static string Short(string name) => TextElements.Shorten(name, LabelLength);
}
