using Plotly.NET;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>The 15 influencers with the best ROAS (payout &gt; 0), best on top, coloured by platform.</summary>
public static class TopRoasChart
{
    public const string Name = "top-roas";
    public const int TopN = 15;
    public const string Title = "Top influencers by ROAS";

    public static ChartFigure Build(ChartView view)
    {
        var top = Select(view.View.Influencers);
        var table = ChartView.Table(
            ["Rank", "Influencer", "Platform", "ROAS", "Revenue", "Payout"],
            top.Select((i, rank) => (i, rank)),
            x => [DisplayFormat.Count(x.rank + 1), x.i.Name, x.i.Platform, DisplayFormat.Ratio(x.i.Roas), DisplayFormat.Money(x.i.Revenue), DisplayFormat.Money(x.i.Payout)],
            (1, x => view.Pages.InfluencerPage(x.i.InfluencerId)));
        if (top.Count == 0)
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No influencers with payout in this view"), table);
        }

        // One trace per platform (in the model's platform order) gives a platform legend; the rank
        // positions keep the overall best-first order across traces.
        var traces = view.Platforms
            .Where(p => top.Any(i => i.Platform == p))
            .Select(p =>
            {
                var ranked = top.Select((i, rank) => (i, rank)).Where(x => x.i.Platform == p).ToList();
                var bars = Bars.Horizontal(
                    ChartText.Escape(p),
                    ranked.Select(x => ChartText.Value(x.i.Roas!.Value)).ToList(),
                    ranked.Select(x => x.rank).ToList(),
                    [view.Colors[p]],
                    ranked.Select(x => Hover(x.i)),
                    ranked.Select(x => view.Pages.InfluencerPage(x.i.InfluencerId)));
                // Plotly sizes bars by the gaps between one trace's positions: a platform with a
                // single bar (or far-apart ranks) would draw one huge bar. A fixed width keeps them even.
                return Dyn.Traces(bars, ("width", 0.8));
            });
        var labels = top.Select(i => ChartText.Escape(i.Name)).ToList();
        return view.Figure(Name, Title, Bars.RoasLayout(Chart.combine(traces), labels, legendBelow: true), table);
    }

    /// <summary>Influencers with payout and a ROAS, best first (ties: more revenue, then id).</summary>
    public static IReadOnlyList<InfluencerSummary> Select(IEnumerable<InfluencerSummary> influencers) =>
        influencers
            .Where(i => i.Payout > 0 && i.Roas is not null)
            .OrderByDescending(i => i.Roas)
            .ThenByDescending(i => i.Revenue)
            .ThenBy(i => i.InfluencerId, StringComparer.Ordinal)
            .Take(TopN)
            .ToList();

    private static string Hover(InfluencerSummary i) => ChartText.Hover(
        i.Name,
        ChartText.Escape($"{i.Platform} · {i.Category}"),
        "ROAS " + DisplayFormat.Ratio(i.Roas),
        "Revenue " + DisplayFormat.Money(i.Revenue),
        "Payout " + DisplayFormat.Money(i.Payout));
}
