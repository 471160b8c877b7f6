using Plotly.NET;
using RoiReportGen.Metrics.Entities;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// An influencer page's chart: its attributed revenue per 7-day block (every block of the data, 0 where it sold
/// nothing) as columns, with the windows of its campaigns shaded, as the report's trend chart shades them.
/// </summary>
public static class InfluencerWeeksChart
{
    public const string Name = "weeks";
    public const string Title = "Attributed revenue by week, with its campaign windows";

    /// <param name="key">The page's id key (see <see cref="ElementIds"/>), e.g. "entity".</param>
    public static ChartFigure Build(string key, InfluencerDetail influencer, IReadOnlyList<DateOnly> weekStarts)
    {
        var revenue = new decimal[weekStarts.Count];
        foreach (var week in influencer.Weeks)
        {
            revenue[week.Index] = week.Revenue;
        }

        var windows = influencer.Campaigns
            .Select(c => c.CampaignSummary)
            .Where(c => c is { StartDate: not null, EndDate: not null })
            .Select(c => c!)
            .OrderBy(c => c.StartDate)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .ToList();
        var table = ChartView.Table(
            ["Week starting", "Orders", "Attributed revenue", "Its campaigns active"],
            influencer.Weeks.Select(w => (IReadOnlyList<string>)[
                DisplayFormat.Date(weekStarts[w.Index]), DisplayFormat.Count(w.Orders), DisplayFormat.Money(w.Revenue),
                DisplayFormat.Count(windows.Count(c => c.StartDate <= weekStarts[w.Index].AddDays(6) && c.EndDate >= weekStarts[w.Index]))]));
        var label = $"{Title}: {influencer.Summary.Name}";
        if (weekStarts.Count == 0)
        {
            return Figure(key, label, ChartLayout.Empty("No tracking data"), table);
        }

        // x as first week + 7 days a bar and the hover as a Plotly format with the Indian grouping locale (as the
        // counterfactual picture does): no per-week strings, so a page stays small at 10,000 influencers.
        var chart = CSharpChart.Column<double, string, string>(
            values: revenue.Select(ChartText.Rupees).ToArray(), Keys: Array.Empty<string>(), Name: "Attributed revenue", MarkerColor: Color.fromString(SeriesColors.Attributed));
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.RemoveProperty("x");
        }

        Dyn.Traces(
            chart,
            ("x0", ChartText.Date(weekStarts[0])),
            ("dx", 7 * DayMs),
            ("hovertemplate", "<b>Week of %{x|%Y-%m-%d}</b><br>%{y:$,.0f}<extra></extra>"));
        var layout = Dyn.Set(
            ChartLayout.Base(320),
            ("hovermode", "closest"),
            ("showlegend", false),
            ("xaxis", Dyn.Obj(("type", "date"), ("automargin", true))),
            ("yaxis", ChartLayout.ValueAxis("INR per week", tickFormat: "~s", tickPrefix: "₹")),
            ("shapes", windows.Select(c => Dyn.Obj(
                ("type", "rect"), ("xref", "x"), ("yref", "paper"),
                ("x0", ChartText.Date(c.StartDate!.Value)), ("x1", ChartText.Date(c.EndDate!.Value.AddDays(1))),
                ("y0", 0), ("y1", 1), ("fillcolor", SeriesColors.Window), ("line", Dyn.Obj(("width", 0))), ("layer", "below"))).ToArray()),
            ("annotations", windows.Take(TrendChart.MaxLabels).Select((c, i) => Dyn.Obj(
                ("text", ChartText.Escape(TextElements.Shorten(c.Campaign, TrendChart.LabelLength))), ("hovertext", ChartText.Escape(c.Campaign)),
                ("xref", "x"), ("yref", "paper"), ("x", ChartText.Date(c.StartDate!.Value)), ("y", 0.98 - (i % 3 * 0.08)),
                ("xanchor", "left"), ("yanchor", "top"), ("showarrow", false), ("font", Dyn.Obj(("size", 10))))).ToArray()));
        return Figure(key, label, ChartLayout.With(chart, layout), table);
    }

    // plotly.js steps a date axis in milliseconds.
    private const long DayMs = 86_400_000;

    private static ChartFigure Figure(string key, string label, GenericChart chart, ChartDataTable table) => new(
        ElementIds.Chart(key, Name), ElementIds.Figure(key, Name), Title, label, ChartJson.Serialize(chart, CounterfactualFigure.Config()), table);
}
