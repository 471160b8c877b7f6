using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Allocates each influencer's campaign-less payout rows to its campaigns (SPEC 2, payout of a campaign).</summary>
internal static class PayoutAllocator
{
    /// <summary>
    /// In proportion to the influencer's attributed orders in each campaign; by attributed revenue when
    /// it has no orders; unallocated when it has neither. Each influencer's payout is conserved exactly.
    /// Parts keep <paramref name="decimals"/> places (<see cref="AllocationPrecision"/>, computed once for
    /// the whole data set so every view splits an influencer's payout the same way).
    /// </summary>
    public static PayoutAllocation Allocate(DataSet data, int decimals)
    {
        var loose = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var p in data.Payouts.Where(p => p.Campaign.Length == 0))
        {
            loose[p.InfluencerId] = loose.GetValueOrDefault(p.InfluencerId) + p.TotalPayout;
        }

        // Only influencers with campaign-less payout need their per-campaign split.
        var perCampaign = new Dictionary<string, Dictionary<string, (long Orders, decimal Revenue)>>(StringComparer.Ordinal);
        foreach (var t in data.Tracking)
        {
            // An attributed row without a campaign has no campaign to receive the payout.
            if (t.IsOrganic || t.Campaign.Length == 0 || !loose.ContainsKey(t.InfluencerId))
            {
                continue;
            }

            if (!perCampaign.TryGetValue(t.InfluencerId, out var campaigns))
            {
                campaigns = new Dictionary<string, (long, decimal)>(StringComparer.Ordinal);
                perCampaign[t.InfluencerId] = campaigns;
            }

            var s = campaigns.GetValueOrDefault(t.Campaign);
            campaigns[t.Campaign] = (s.Orders + t.Orders, s.Revenue + t.Revenue);
        }

        var allocated = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var byInfluencer = new Dictionary<(string, string), decimal>();
        var unallocated = 0m;
        foreach (var (influencer, amount) in loose.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var parts = Split(amount, perCampaign.GetValueOrDefault(influencer), decimals);
            if (parts.Count == 0)
            {
                unallocated += amount;
            }

            foreach (var (campaign, part) in parts)
            {
                allocated[campaign] = allocated.GetValueOrDefault(campaign) + part;
                byInfluencer[(influencer, campaign)] = part;
            }
        }

        return new PayoutAllocation(allocated, unallocated, byInfluencer, decimals);
    }

    private static IReadOnlyList<KeyValuePair<string, decimal>> Split(
        decimal amount,
        Dictionary<string, (long Orders, decimal Revenue)>? campaigns,
        int decimals)
    {
        if (campaigns is null)
        {
            return [];
        }

        // Ordinal order makes the campaign that wins a tie for a rounding unit the same on every run.
        var ordered = campaigns.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        var byOrders = ordered.Select(c => new KeyValuePair<string, decimal>(c.Key, c.Value.Orders)).ToList();
        var parts = ProportionalSplit.Split(amount, byOrders, decimals);
        return parts.Count > 0
            ? parts
            : ProportionalSplit.Split(amount, ordered.Select(c => new KeyValuePair<string, decimal>(c.Key, c.Value.Revenue)).ToList(), decimals);
    }
}
