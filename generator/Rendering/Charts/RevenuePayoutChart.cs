using Plotly.NET;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// Revenue against payout for the 20 influencers with the most revenue, as grouped horizontal bars.
/// Chosen over a scatter of every influencer: bars read exactly on a phone, the names fit as axis
/// labels, and the figure stays a few KB at 10,000 influencers (a scatter with a hover string per
/// point would be hundreds of KB per view); the full list is in the influencer table.
/// </summary>
public static class RevenuePayoutChart
{
    public const string Name = "revenue-payout";
    public const int TopN = 20;
    public const string Title = "Revenue and payout: top influencers by revenue";

    public static ChartFigure Build(ChartView view)
    {
        var top = view.View.Influencers
            .Where(i => i.Revenue > 0 || i.Payout > 0)
            .OrderByDescending(i => i.Revenue)
            .ThenBy(i => i.InfluencerId, StringComparer.Ordinal)
            .Take(TopN)
            .ToList();
        var table = ChartView.Table(
            ["Influencer", "Platform", "Revenue", "Payout", "Net return", "ROAS"],
            top,
            i => [i.Name, i.Platform, DisplayFormat.Money(i.Revenue), DisplayFormat.Money(i.Payout), DisplayFormat.Money(i.NetReturn), DisplayFormat.Ratio(i.Roas)],
            (0, i => view.Pages.InfluencerPage(i.InfluencerId)));
        if (top.Count == 0)
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No influencer revenue or payout in this view"), table);
        }

        var positions = Enumerable.Range(0, top.Count).ToList();
        var hover = top.Select(Hover).ToList();
        var pages = top.Select(i => view.Pages.InfluencerPage(i.InfluencerId)).ToList();
        var revenueValues = top.Select(i => ChartText.Rupees(i.Revenue)).ToList();
        var payoutValues = top.Select(i => ChartText.Rupees(i.Payout)).ToList();
        var revenue = Bars.Horizontal("Revenue", revenueValues, positions, [SeriesColors.Revenue], hover, pages);
        var payout = Bars.Horizontal("Payout", payoutValues, positions, [SeriesColors.Payout], hover, pages);
        var layout = Dyn.Set(
            ChartLayout.Base(ChartLayout.BarHeight(top.Count, perRow: 30), leftMargin: 8),
            ("barmode", "group"),
            ("xaxis", MoneyAxis.Of("INR", revenueValues.Concat(payoutValues))),
            ("yaxis", ChartLayout.RankAxis(top.Select(i => ChartText.Escape(i.Name)).ToList())));
        return view.Figure(Name, Title, ChartLayout.With(Chart.combine([revenue, payout]), layout), table);
    }

    private static string Hover(InfluencerSummary i) => ChartText.Hover(
        i.Name,
        ChartText.Escape(i.Platform),
        "Revenue " + DisplayFormat.Money(i.Revenue),
        "Payout " + DisplayFormat.Money(i.Payout),
        "Net return " + DisplayFormat.Money(i.NetReturn),
        "ROAS " + DisplayFormat.Ratio(i.Roas));
}
