using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>Which campaigns a campaign chart draws when there are too many to read: the most paid.</summary>
internal static class MostPaid
{
    /// <summary>Bars a campaign chart draws at most; every campaign is in the chart's data table.</summary>
    public const int MaxCampaigns = 25;

    /// <summary>Up to <see cref="MaxCampaigns"/> campaigns with the largest payout (ties: name), in that order.</summary>
    public static IEnumerable<CampaignSummary> Campaigns(IEnumerable<CampaignSummary> campaigns) =>
        campaigns.OrderByDescending(c => c.Payout).ThenBy(c => c.Campaign, StringComparer.Ordinal).Take(MaxCampaigns);

}
