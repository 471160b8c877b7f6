using Plotly.NET;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// The 20 influencers with the highest mean engagement rate, with the reach-weighted rate beside it:
/// a big gap shows a rate carried by a few small posts.
/// </summary>
public static class EngagementChart
{
    public const string Name = "engagement";
    public const int TopN = 20;
    public const string Title = "Engagement rate: top influencers";

    public static ChartFigure Build(ChartView view)
    {
        var top = view.View.Influencers
            .Where(i => i.EngagementRate is not null)
            .OrderByDescending(i => i.EngagementRate)
            .ThenByDescending(i => i.Reach)
            .ThenBy(i => i.InfluencerId, StringComparer.Ordinal)
            .Take(TopN)
            .ToList();
        var table = ChartView.Table(
            ["Influencer", "Platform", "Engagement rate (mean)", "Engagement rate (reach-weighted)", "Posts", "Reach"],
            top,
            i => [i.Name, i.Platform, DisplayFormat.Percent(i.EngagementRate), DisplayFormat.Percent(i.EngagementRateWeighted), DisplayFormat.Count(i.Posts), DisplayFormat.Count(i.Reach)],
            (0, i => view.Pages.InfluencerPage(i.InfluencerId)));
        if (top.Count == 0)
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No posts with reach in this view"), table);
        }

        var positions = Enumerable.Range(0, top.Count).ToList();
        var hover = top.Select(Hover).ToList();
        var pages = top.Select(i => view.Pages.InfluencerPage(i.InfluencerId)).ToList();
        var mean = Bars.Horizontal("Mean of post rates", top.Select(i => ChartText.Value(i.EngagementRate!.Value)).ToList(), positions, [SeriesColors.Mean], hover, pages);
        var weighted = Bars.Horizontal("Reach-weighted", top.Select(i => ChartText.Value(i.EngagementRateWeighted ?? 0m)).ToList(), positions, [SeriesColors.Weighted], hover, pages);
        var layout = Dyn.Set(
            ChartLayout.Base(ChartLayout.BarHeight(top.Count, perRow: 30), leftMargin: 8),
            ("barmode", "group"),
            ("xaxis", ChartLayout.ValueAxis("Engagement rate", tickFormat: ".1%")),
            ("yaxis", ChartLayout.RankAxis(top.Select(i => ChartText.Escape(i.Name)).ToList())));
        return view.Figure(Name, Title, ChartLayout.With(Chart.combine([mean, weighted]), layout), table);
    }

    private static string Hover(InfluencerSummary i) => ChartText.Hover(
        i.Name,
        ChartText.Escape(i.Platform),
        "Mean rate " + DisplayFormat.Percent(i.EngagementRate),
        "Reach-weighted " + DisplayFormat.Percent(i.EngagementRateWeighted),
        ChartText.Count(i.Posts, "post") + ", reach " + DisplayFormat.Count(i.Reach));
}
