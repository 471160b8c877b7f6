using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>ROAS per campaign with payout, best first; campaigns below break-even in red.</summary>
public static class CampaignRoasChart
{
    public const string Name = "campaign-roas";
    public const string Title = "Campaign ROAS";

    public static ChartFigure Build(ChartView view)
    {
        var campaigns = view.View.Campaigns
            .Where(c => c.Roas is not null)
            .OrderByDescending(c => c.Roas)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .ToList();

        // The table lists every campaign, also those without payout (ROAS "—"), so none goes missing.
        var table = ChartView.Table(
            ["Campaign", "Brand", "ROAS", "Revenue", "Payout"],
            campaigns.Concat(view.View.Campaigns.Where(c => c.Roas is null))
                .Select(c => (IReadOnlyList<string>)[c.Campaign, c.Brand, DisplayFormat.Ratio(c.Roas), DisplayFormat.Money(c.Revenue), DisplayFormat.Money(c.Payout)]));
        if (campaigns.Count == 0)
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No campaigns with payout in this view"), table);
        }

        var bars = Bars.Horizontal(
            "Campaign ROAS",
            campaigns.Select(c => ChartText.Value(c.Roas!.Value)).ToList(),
            Enumerable.Range(0, campaigns.Count).ToList(),
            campaigns.Select(c => SeriesColors.ForRoas(c.Roas)).ToList(),
            campaigns.Select(Hover));
        Dyn.Traces(bars, ("showlegend", false));
        var labels = campaigns.Select(c => ChartText.Escape(c.Campaign)).ToList();
        return view.Figure(Name, Title, Bars.RoasLayout(bars, labels), table);
    }

    private static string Hover(CampaignSummary c) => ChartText.Hover(
        c.Campaign,
        ChartText.Escape(c.Brand),
        "ROAS " + DisplayFormat.Ratio(c.Roas) + (c.Roas < 1m ? " (below break-even)" : string.Empty),
        "Revenue " + DisplayFormat.Money(c.Revenue),
        "Payout " + DisplayFormat.Money(c.Payout));
}
