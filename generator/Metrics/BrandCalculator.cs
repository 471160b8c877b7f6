using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Revenue and spend per brand.</summary>
internal static class BrandCalculator
{
    /// <summary>Every brand of any tracking row (organic-only brands too), ordered by name (ordinal).</summary>
    public static IReadOnlyList<BrandSummary> Compute(DataSet data, PayoutAllocation allocation)
    {
        var brands = new Dictionary<string, BrandTotals>(StringComparer.Ordinal);

        // What each influencer sold of each brand in each campaign: its fee in that campaign is split by it.
        var sold = new Dictionary<(string Influencer, string Campaign), Dictionary<string, (long Orders, decimal Revenue)>>();
        foreach (var t in data.Tracking)
        {
            if (!brands.TryGetValue(t.Brand, out var b))
            {
                b = new BrandTotals();
                brands[t.Brand] = b;
            }

            if (t.IsOrganic)
            {
                b.OrganicRevenue += t.Revenue;
                continue;
            }

            b.Orders += t.Orders;
            b.Revenue += t.Revenue;
            b.Influencers.Add(t.InfluencerId);
            if (t.Campaign.Length == 0)
            {
                continue;
            }

            b.Campaigns.Add(t.Campaign);
            if (!sold.TryGetValue((t.InfluencerId, t.Campaign), out var byBrand))
            {
                byBrand = new Dictionary<string, (long, decimal)>(StringComparer.Ordinal);
                sold[(t.InfluencerId, t.Campaign)] = byBrand;
            }

            var s = byBrand.GetValueOrDefault(t.Brand);
            byBrand[t.Brand] = (s.Orders + t.Orders, s.Revenue + t.Revenue);
        }

        foreach (var (key, fee) in CampaignFees(data, allocation))
        {
            // An influencer paid in a campaign it sold nothing in has no brand to give its fee to: the fee
            // stays with the campaign, as a payout-only campaign's does, rather than landing on brands that
            // other influencers sold (which would also make platform views not add up to All).
            if (!sold.TryGetValue(key, out var byBrand))
            {
                continue;
            }

            var ordered = byBrand.OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
            var parts = ProportionalSplit.Split(fee, ordered.Select(b => new KeyValuePair<string, decimal>(b.Key, b.Value.Orders)).ToList(), allocation.Decimals);
            if (parts.Count == 0)
            {
                parts = ProportionalSplit.Split(fee, ordered.Select(b => new KeyValuePair<string, decimal>(b.Key, b.Value.Revenue)).ToList(), allocation.Decimals);
            }

            foreach (var (brand, part) in parts)
            {
                brands[brand].Payout += part;
            }
        }

        return brands
            .OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => new BrandSummary(
                b.Key,
                b.Value.Campaigns.Count,
                b.Value.Influencers.Count,
                b.Value.Orders,
                b.Value.Revenue,
                b.Value.OrganicRevenue,
                b.Value.Payout,
                Ratio.Of(b.Value.Revenue, b.Value.Payout),
                b.Value.Revenue - b.Value.Payout))
            .ToList();
    }

    /// <summary>
    /// Each influencer's payout in each campaign: its payout rows naming the campaign plus what its
    /// campaign-less rows were allocated to it. Ordered by influencer, then campaign (ordinal).
    /// </summary>
    private static IEnumerable<KeyValuePair<(string Influencer, string Campaign), decimal>> CampaignFees(DataSet data, PayoutAllocation allocation)
    {
        var fees = new Dictionary<(string Influencer, string Campaign), decimal>(allocation.ByInfluencerAndCampaign);
        foreach (var p in data.Payouts.Where(p => p.Campaign.Length > 0))
        {
            fees[(p.InfluencerId, p.Campaign)] = fees.GetValueOrDefault((p.InfluencerId, p.Campaign)) + p.TotalPayout;
        }

        return fees
            .OrderBy(f => f.Key.Influencer, StringComparer.Ordinal)
            .ThenBy(f => f.Key.Campaign, StringComparer.Ordinal);
    }
}
