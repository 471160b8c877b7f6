using RoiReportGen.Metrics;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// ROAS per platform × follower tier: Σ revenue / Σ payout over the personas in each cell (not the mean
/// of their ROAS), empty where the cell has no payout. A diverging scale centred on break-even.
/// </summary>
public static class PersonaRoasChart
{
    public const string Name = "persona-roas";
    public const string Title = "ROAS by platform and follower tier";

    /// <summary>One cell of the grid.</summary>
    public sealed record Cell(string Platform, FollowerTier Tier, long Influencers, decimal Revenue, decimal Payout)
    {
        public decimal? Roas => Payout > 0 ? Revenue / Payout : null;
    }

    public static ChartFigure Build(ChartView view)
    {
        var tiers = Enum.GetValues<FollowerTier>();
        var platforms = view.View.IsAll ? view.Platforms.Where(p => view.View.Personas.Any(x => x.Platform == p)).ToList() : [view.View.Name];
        var grid = platforms.Select(p => tiers.Select(t => CellOf(view.View.Personas, p, t)).ToList()).ToList();
        var table = ChartView.Table(
            ["Platform", "Tier", "Influencers", "Revenue", "Payout", "ROAS"],
            grid.SelectMany(row => row).Where(c => c.Influencers > 0).Select(c => (IReadOnlyList<string>)[
                c.Platform, TierName(c.Tier), DisplayFormat.Count(c.Influencers), DisplayFormat.Money(c.Revenue), DisplayFormat.Money(c.Payout), DisplayFormat.Ratio(c.Roas)]));
        if (!grid.SelectMany(row => row).Any(c => c.Roas is not null))
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No personas with payout in this view"), table);
        }

        // Plotly.NET.CSharp's heatmap takes non-null z and flat text: the grid's nulls (no payout) and the
        // per-cell text and hover are set on the trace afterwards, by their plotly.js names.
        var heatmap = CSharpChart.Heatmap<double, string, string, string>(
            zData: grid.Select(row => row.Select(_ => 0.0).ToArray()).ToArray(),
            X: tiers.Select(TierName).ToArray(),
            Y: platforms.Select(ChartText.Escape).ToArray(),
            UseDefaults: false);
        Dyn.Traces(
            heatmap,
            ("z", grid.Select(row => row.Select(c => c.Roas is { } r ? ChartText.Value(r) : (double?)null).ToArray()).ToArray()),
            ("text", grid.Select(row => row.Select(c => c.Roas is null ? string.Empty : DisplayFormat.Ratio(c.Roas)).ToArray()).ToArray()),
            ("texttemplate", "%{text}"),
            ("customdata", grid.Select(row => row.Select(Hover).ToArray()).ToArray()),
            ("hovertemplate", "%{customdata}<extra></extra>"),
            ("colorscale", SeriesColors.RoasScale.Select(s => new object[] { s.Stop, s.Colour }).ToArray()),
            ("zmid", 1),
            ("xgap", 2),
            ("ygap", 2),
            ("colorbar", Dyn.Obj(("title", Dyn.Obj(("text", "ROAS"))), ("thickness", 12))));
        var layout = Dyn.Set(
            ChartLayout.Base(Math.Clamp(110 + platforms.Count * 56, 200, 520), leftMargin: 8),
            ("xaxis", Dyn.Obj(("title", Dyn.Obj(("text", "Follower tier"))), ("type", "category"))),
            ("yaxis", Dyn.Obj(("type", "category"), ("automargin", true))));
        return view.Figure(Name, Title, ChartLayout.With(heatmap, layout), table);
    }

    public static Cell CellOf(IEnumerable<PersonaSummary> personas, string platform, FollowerTier tier)
    {
        var inCell = personas.Where(p => p.Platform == platform && p.Tier == tier).ToList();
        return new Cell(platform, tier, inCell.Sum(p => p.Influencers), inCell.Sum(p => p.Revenue), inCell.Sum(p => p.Payout));
    }

    public static string TierName(FollowerTier tier) => tier.ToString().ToLowerInvariant();

    private static string Hover(Cell c) => ChartText.Hover(
        $"{c.Platform} · {TierName(c.Tier)}",
        "ROAS " + DisplayFormat.Ratio(c.Roas),
        "Revenue " + DisplayFormat.Money(c.Revenue),
        "Payout " + DisplayFormat.Money(c.Payout),
        ChartText.Count(c.Influencers, "influencer"));
}
