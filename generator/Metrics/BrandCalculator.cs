using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Revenue and spend per brand.</summary>
internal static class BrandCalculator
{
    /// <summary>Every brand of any tracking row (organic-only brands too), ordered by name (ordinal).</summary>
    public static IReadOnlyList<BrandSummary> Compute(DataSet data, IReadOnlyList<CampaignSummary> campaigns)
    {
        var brands = new Dictionary<string, BrandTotals>(StringComparer.Ordinal);
        var split = new Dictionary<string, Dictionary<string, (long Orders, decimal Revenue)>>(StringComparer.Ordinal);
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
            if (!split.TryGetValue(t.Campaign, out var byBrand))
            {
                byBrand = new Dictionary<string, (long, decimal)>(StringComparer.Ordinal);
                split[t.Campaign] = byBrand;
            }

            var s = byBrand.GetValueOrDefault(t.Brand);
            byBrand[t.Brand] = (s.Orders + t.Orders, s.Revenue + t.Revenue);
        }

        foreach (var c in campaigns)
        {
            if (!split.TryGetValue(c.Campaign, out var byBrand))
            {
                continue; // payout only: no brand to give it to
            }

            var ordered = byBrand.OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
            var parts = ProportionalSplit.Split(c.Payout, ordered.Select(b => new KeyValuePair<string, decimal>(b.Key, b.Value.Orders)).ToList());
            if (parts.Count == 0)
            {
                parts = ProportionalSplit.Split(c.Payout, ordered.Select(b => new KeyValuePair<string, decimal>(b.Key, b.Value.Revenue)).ToList());
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
}
