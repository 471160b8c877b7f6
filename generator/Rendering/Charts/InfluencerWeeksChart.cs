using System.Text.Json.Nodes;
using Plotly.NET;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Entities;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// An influencer page's chart: its attributed revenue per 7-day block (from its first block with sales to its last,
/// 0 where it sold nothing) as columns, with the windows of its campaigns shaded, as the report's trend chart shades them.
/// </summary>
/// <remarks>
/// Every influencer's figure is the same Plotly.NET figure with other values: Plotly.NET builds it once (with one
/// placeholder window, see <see cref="Plotly"/>) and each page fills in only its y, x0 (or x), money ticks, window shapes and labels.
/// Building the whole figure with Plotly.NET per page was most of a 10,000-influencer build's time.
/// </remarks>
public static class InfluencerWeeksChart
{
    public const string Name = "weeks";
    public const string Title = "Attributed revenue by week, with its campaign windows";

    /// <summary>Above this many blocks between its first and last sale (a date far off), only the blocks with sales are drawn.</summary>
    public const int MaxFilledWeeks = 520;

    // plotly.js steps a date axis in milliseconds.
    private const long DayMs = 86_400_000;

    private static readonly Lazy<JsonObject> Template = new(() => Parse(Plotly(
        [0], [("x0", "2000-01-01"), ("dx", 7 * DayMs)], [new Window("placeholder", new DateOnly(2000, 1, 1), new DateOnly(2000, 1, 1), "campaigns/placeholder.html")])));

    private static readonly Lazy<string> EmptyJson = new(() =>
        ChartJson.Serialize(ChartLayout.Empty("No attributed sales"), CounterfactualFigure.Config()));

    /// <summary>A campaign window as the chart shades and labels it; <paramref name="Page"/> is the campaign's page (site-relative) or null.</summary>
    public sealed record Window(string Campaign, DateOnly Start, DateOnly End, string? Page);

    /// <param name="key">The page's id key (see <see cref="ElementIds"/>), e.g. "entity".</param>
    /// <param name="pages">The entity pages: a click on a window's label opens its campaign's page.</param>
    public static ChartFigure Build(string key, InfluencerDetail influencer, EntityDetails entities, EntitySlugs pages)
    {
        var weeks = influencer.Weeks;
        var windows = Windows(influencer, pages);
        var table = ChartView.Table(
            ["Week starting", "Orders", "Attributed revenue", "Its campaigns active"],
            weeks.Select(w =>
            {
                var start = entities.WeekStart(w.Index).DayNumber;
                var end = start + Math.Min(6, DateOnly.MaxValue.DayNumber - start);
                return (IReadOnlyList<string>)[
                    DisplayFormat.Date(entities.WeekStart(w.Index)), DisplayFormat.Count(w.Orders), DisplayFormat.Money(w.Revenue),
                    DisplayFormat.Count(windows.Count(c => c.Start.DayNumber <= end && c.End.DayNumber >= start))];
            }));
        var label = $"{Title}: {influencer.Summary.Name}";
        if (weeks.Count == 0)
        {
            return Figure(key, label, EmptyJson.Value, table);
        }

        var (y, x) = Values(influencer, entities);
        return Figure(key, label, Fill(y, x, windows), table);
    }

    /// <summary>The campaign windows of its campaigns with dates, by start then name.</summary>
    public static List<Window> Windows(InfluencerDetail influencer, EntitySlugs pages) => [.. influencer.Campaigns
        .Select(c => c.CampaignSummary)
        .OfType<CampaignSummary>()
        .Where(c => c is { StartDate: not null, EndDate: not null })
        .OrderBy(c => c.StartDate)
        .ThenBy(c => c.Campaign, StringComparer.Ordinal)
        .Select(c => new Window(c.Campaign, c.StartDate!.Value, c.EndDate!.Value, pages.CampaignPage(c.Campaign)))];

    /// <summary>
    /// Every block from its first sale to its last, as first block + 7 days a bar (the hover is a Plotly format with
    /// the Indian grouping locale: no per-week strings, so a page stays small); a span too long to fill gives the
    /// blocks with sales and their dates.
    /// </summary>
    public static (double[] Y, (string Key, object? Value)[] X) Values(InfluencerDetail influencer, EntityDetails entities)
    {
        var weeks = influencer.Weeks;
        var first = weeks[0].Index;
        var span = weeks[^1].Index - first + 1;
        if (span > MaxFilledWeeks)
        {
            return ([.. weeks.Select(w => ChartText.Rupees(w.Revenue))], [("x", weeks.Select(w => ChartText.Date(entities.WeekStart(w.Index))).ToArray())]);
        }

        var y = new double[span];
        foreach (var week in weeks)
        {
            y[week.Index - first] = ChartText.Rupees(week.Revenue);
        }

        return (y, [("x0", ChartText.Date(entities.WeekStart(first))), ("dx", 7 * DayMs)]);
    }

    /// <summary>The whole figure built by Plotly.NET (the template's source, and what a test holds <see cref="Fill"/> to).</summary>
    public static string Plotly(double[] y, (string Key, object? Value)[] x, IReadOnlyList<Window> windows)
    {
        var chart = CSharpChart.Column<double, string, string>(
            values: y, Keys: Array.Empty<string>(), Name: "Attributed revenue", MarkerColor: Color.fromString(SeriesColors.Attributed), UseDefaults: false);
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
            ("yaxis", MoneyAxis.Of("INR per week", y)),
            ("shapes", windows.Select(w => Dyn.Obj(
                ("type", "rect"), ("xref", "x"), ("yref", "paper"),
                ("x0", ChartText.Date(w.Start)), ("x1", TrendChart.EndOfDay(w.End)),
                ("y0", 0), ("y1", 1), ("fillcolor", SeriesColors.Window), ("line", Dyn.Obj(("width", 0))), ("layer", "below"))).ToArray()),
            ("annotations", windows.Take(TrendChart.MaxLabels).Select((w, i) => TrendChart.Label(w.Campaign, w.Start, 0.98 - (i % 3 * 0.08), w.Page)).ToArray()));
        return ChartJson.Serialize(ChartLayout.With(chart, layout), CounterfactualFigure.Config());
    }

    /// <summary>The template figure with this influencer's values: the same JSON as <see cref="Plotly"/> gives them, in ~1/50 of the time.</summary>
    public static string Fill(double[] y, (string Key, object? Value)[] x, IReadOnlyList<Window> windows)
    {
        var figure = Template.Value.DeepClone().AsObject();
        var trace = figure["data"]![0]!.AsObject();
        trace["y"] = new JsonArray([.. y.Select(v => (JsonNode?)JsonValue.Create(v))]);
        trace.Remove("x0");
        trace.Remove("dx");
        foreach (var (k, value) in x)
        {
            trace[k] = value switch
            {
                string s => JsonValue.Create(s),
                long l => JsonValue.Create(l),
                string[] a => new JsonArray([.. a.Select(s => (JsonNode?)JsonValue.Create(s))]),
                _ => throw new ArgumentException($"x value {k} of an unexpected type", nameof(x)),
            };
        }

        var layout = figure["layout"]!.AsObject();
        var yaxis = layout["yaxis"]!.AsObject();
        var ticks = MoneyAxis.Ticks(y);
        yaxis["tickvals"] = new JsonArray([.. ticks.Select(t => (JsonNode?)JsonValue.Create((double)t))]);
        yaxis["ticktext"] = new JsonArray([.. ticks.Select(t => (JsonNode?)JsonValue.Create(IndianUnits.Label(t)))]);
        var shape = layout["shapes"]![0]!;
        var annotation = layout["annotations"]![0]!;
        layout["shapes"] = new JsonArray([.. windows.Select(w =>
        {
            var s = shape.DeepClone();
            s["x0"] = ChartText.Date(w.Start);
            s["x1"] = TrendChart.EndOfDay(w.End);
            return (JsonNode?)s;
        })]);
        layout["annotations"] = new JsonArray([.. windows.Take(TrendChart.MaxLabels).Select((w, i) =>
        {
            var a = annotation.DeepClone().AsObject();
            a["text"] = ChartText.Escape(TextElements.Shorten(w.Campaign, TrendChart.LabelLength));
            a["hovertext"] = ChartText.Escape(w.Campaign);
            a["x"] = ChartText.Date(w.Start);
            a["y"] = 0.98 - (i % 3 * 0.08);
            if (w.Page is null)
            {
                a.Remove("name");
                a.Remove("captureevents");
            }
            else
            {
                a["name"] = w.Page;
            }

            return (JsonNode?)a;
        })]);
        return ChartJson.ForScriptBlock(ChartJson.ToJson(figure));
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static ChartFigure Figure(string key, string label, string json, ChartDataTable table) => new(
        ElementIds.Chart(key, Name), ElementIds.Figure(key, Name), Title, label, json, table);
}
