using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>ROAS per campaign with payout, best first; campaigns below break-even in red.</summary>
public static class CampaignRoasChart
{
    public const string Name = "campaign-roas";
    public const string Title = "Campaign ROAS";

    /// <summary>The most campaigns the chart's data table lists.</summary>
    public const int MaxTableRows = 200;

    public static ChartFigure Build(ChartView view)
    {
        var campaigns = view.View.Campaigns
            .Where(c => c.Roas is not null)
            .OrderByDescending(c => c.Roas)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .ToList();

        // The table lists every campaign, also those without payout (ROAS "—"), so none goes missing; past
        // MaxTableRows (20,000 campaigns made a 3.4 MB table in the page) it lists the best and points to the
        // section's campaign table, which holds every one.
        var listed = campaigns.Concat(view.View.Campaigns.Where(c => c.Roas is null)).ToList();
        var table = ChartView.Table(
            ["Campaign", "Brand", "ROAS", "Revenue", "Payout"],
            listed.Take(MaxTableRows),
            c => [c.Campaign, c.Brand, DisplayFormat.Ratio(c.Roas), DisplayFormat.Money(c.Revenue), DisplayFormat.Money(c.Payout)],
            (0, c => view.Pages.CampaignPage(c.Campaign)),
            (1, c => view.Pages.BrandPage(c.Brand)));
        if (listed.Count > MaxTableRows)
        {
            table = table with { Note = $"The {DisplayFormat.Count(MaxTableRows)} campaigns with the highest ROAS of {DisplayFormat.Count(listed.Count)}; the campaign table below lists every one." };
        }

        if (campaigns.Count == 0)
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No campaigns with payout in this view"), table);
        }

        // Readable at hundreds of campaigns: the chart draws the ones with the most payout at stake,
        // best first; the table lists every campaign.
        var drawn = MostPaid.Campaigns(campaigns).OrderByDescending(c => c.Roas).ThenBy(c => c.Campaign, StringComparer.Ordinal).ToList();
        var bars = Bars.Horizontal(
            "Campaign ROAS",
            drawn.Select(c => ChartText.Value(c.Roas!.Value)).ToList(),
            Enumerable.Range(0, drawn.Count).ToList(),
            drawn.Select(c => SeriesColors.ForRoas(c.Roas)).ToList(),
            drawn.Select(Hover),
            drawn.Select(c => view.Pages.CampaignPage(c.Campaign)));
        Dyn.Traces(bars, ("showlegend", false));
        var labels = drawn.Select(c => ChartText.Escape(c.Campaign)).ToList();
        return view.Figure(Name, Title, Bars.RoasLayout(bars, labels), table);
    }

    private static string Hover(CampaignSummary c) => ChartText.Hover(
        c.Campaign,
        ChartText.Escape(c.Brand),
        "ROAS " + DisplayFormat.Ratio(c.Roas) + (c.Roas < 1m ? " (below break-even)" : string.Empty),
        "Revenue " + DisplayFormat.Money(c.Revenue),
        "Payout " + DisplayFormat.Money(c.Payout));
}
