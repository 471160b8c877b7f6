using Plotly.NET;
using RoiReportGen.Metrics.Entities;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// An influencer page's chart: its attributed revenue per 7-day block (from its first block with sales to its last,
/// 0 where it sold nothing) as columns, with the windows of its campaigns shaded, as the report's trend chart shades them.
/// </summary>
public static class InfluencerWeeksChart
{
    public const string Name = "weeks";
    public const string Title = "Attributed revenue by week, with its campaign windows";

    /// <summary>Above this many blocks between its first and last sale (a date far off), only the blocks with sales are drawn.</summary>
    public const int MaxFilledWeeks = 520;

    // plotly.js steps a date axis in milliseconds.
    private const long DayMs = 86_400_000;

    /// <param name="key">The page's id key (see <see cref="ElementIds"/>), e.g. "entity".</param>
    public static ChartFigure Build(string key, InfluencerDetail influencer, EntityDetails entities)
    {
        var weeks = influencer.Weeks;
        var windows = influencer.Campaigns
            .Select(c => c.CampaignSummary)
            .Where(c => c is { StartDate: not null, EndDate: not null })
            .Select(c => c!)
            .OrderBy(c => c.StartDate)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .ToList();
        var table = ChartView.Table(
            ["Week starting", "Orders", "Attributed revenue", "Its campaigns active"],
            weeks.Select(w =>
            {
                var start = entities.WeekStart(w.Index).DayNumber;
                var end = start + Math.Min(6, DateOnly.MaxValue.DayNumber - start);
                return (IReadOnlyList<string>)[
                    DisplayFormat.Date(entities.WeekStart(w.Index)), DisplayFormat.Count(w.Orders), DisplayFormat.Money(w.Revenue),
                    DisplayFormat.Count(windows.Count(c => c.StartDate!.Value.DayNumber <= end && c.EndDate!.Value.DayNumber >= start))];
            }));
        var label = $"{Title}: {influencer.Summary.Name}";
        if (weeks.Count == 0)
        {
            return Figure(key, label, ChartLayout.Empty("No attributed sales"), table);
        }

        // Every block from its first sale to its last, as first block + 7 days a bar, and the hover as a Plotly format
        // with the Indian grouping locale (as the counterfactual picture does): no per-week strings, so a page stays
        // small at 10,000 influencers. A span too long to fill gives the blocks with sales and their dates.
        var first = weeks[0].Index;
        var span = weeks[^1].Index - first + 1;
        (string Key, object? Value)[] x;
        double[] y;
        if (span <= MaxFilledWeeks)
        {
            y = new double[span];
            foreach (var week in weeks)
            {
                y[week.Index - first] = ChartText.Rupees(week.Revenue);
            }

            x = [("x0", ChartText.Date(entities.WeekStart(first))), ("dx", 7 * DayMs)];
        }
        else
        {
            y = [.. weeks.Select(w => ChartText.Rupees(w.Revenue))];
            x = [("x", weeks.Select(w => ChartText.Date(entities.WeekStart(w.Index))).ToArray())];
        }

        var chart = CSharpChart.Column<double, string, string>(
            values: y, Keys: Array.Empty<string>(), Name: "Attributed revenue", MarkerColor: Color.fromString(SeriesColors.Attributed));
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.RemoveProperty("x");
        }

        Dyn.Traces(chart, [.. x, ("hovertemplate", "<b>Week of %{x|%Y-%m-%d}</b><br>%{y:$,.0f}<extra></extra>")]);
        var layout = Dyn.Set(
            ChartLayout.Base(320),
            ("hovermode", "closest"),
            ("showlegend", false),
            ("xaxis", Dyn.Obj(("type", "date"), ("automargin", true))),
            ("yaxis", ChartLayout.ValueAxis("INR per week", tickFormat: "~s", tickPrefix: "₹")),
            ("shapes", windows.Select(c => Dyn.Obj(
                ("type", "rect"), ("xref", "x"), ("yref", "paper"),
                ("x0", ChartText.Date(c.StartDate!.Value)), ("x1", TrendChart.EndOfDay(c.EndDate!.Value)),
                ("y0", 0), ("y1", 1), ("fillcolor", SeriesColors.Window), ("line", Dyn.Obj(("width", 0))), ("layer", "below"))).ToArray()),
            ("annotations", windows.Take(TrendChart.MaxLabels).Select((c, i) => Dyn.Obj(
                ("text", ChartText.Escape(TextElements.Shorten(c.Campaign, TrendChart.LabelLength))), ("hovertext", ChartText.Escape(c.Campaign)),
                ("xref", "x"), ("yref", "paper"), ("x", ChartText.Date(c.StartDate!.Value)), ("y", 0.98 - (i % 3 * 0.08)),
                ("xanchor", "left"), ("yanchor", "top"), ("showarrow", false), ("font", Dyn.Obj(("size", 10))))).ToArray()));
        return Figure(key, label, ChartLayout.With(chart, layout), table);
    }

    private static ChartFigure Figure(string key, string label, GenericChart chart, ChartDataTable table) => new(
        ElementIds.Chart(key, Name), ElementIds.Figure(key, Name), Title, label, ChartJson.Serialize(chart, CounterfactualFigure.Config()), table);
}
