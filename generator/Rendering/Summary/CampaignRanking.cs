using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Summary;

/// <summary>The best and the worst campaigns by ROAS, for the summary.</summary>
/// <param name="Top">Highest ROAS first.</param>
/// <param name="Bottom">Lowest ROAS first; never repeats a campaign of <see cref="Top"/>.</param>
/// <param name="WithoutRoas">Campaigns left out because their ROAS is undefined (no payout).</param>
public sealed record CampaignRanking(IReadOnlyList<CampaignSummary> Top, IReadOnlyList<CampaignSummary> Bottom, int WithoutRoas)
{
    /// <summary>
    /// Ranks by ROAS (then revenue, then name, so ties always fall the same way). With fewer than
    /// 2 × <paramref name="limit"/> campaigns the upper half is "top" and the rest "bottom".
    /// </summary>
    public static CampaignRanking Of(IReadOnlyList<CampaignSummary> campaigns, int limit)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var ranked = campaigns
            .Where(c => c.Roas is not null)
            .OrderByDescending(c => c.Roas)
            .ThenByDescending(c => c.Revenue)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal)
            .ToList();
        var top = Math.Min(limit, (ranked.Count + 1) / 2);
        var bottom = Math.Min(limit, ranked.Count - top);
        return new CampaignRanking(
            ranked.Take(top).ToList(),
            ranked.TakeLast(bottom).Reverse().ToList(),
            campaigns.Count - ranked.Count);
    }
}
