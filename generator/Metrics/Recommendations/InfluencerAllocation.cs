using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Metrics.Recommendations;

/// <summary>
/// An influencer's incremental revenue as an allocation (SPEC 2, "Incremental share"): its attributed revenue in each
/// campaign × that campaign's incremental share, summed; the range takes each share at its interval's ends the same
/// way. The campaign's share is its lift over its attributed revenue across all of the data, the same in every view.
/// </summary>
internal sealed record InfluencerAllocation(decimal Value, decimal Low, decimal High, bool AllIncremental)
{
    /// <summary>Null (no estimate) when it sold nothing or any campaign it sold in has no estimate.</summary>
    public static InfluencerAllocation? Of(Dictionary<string, decimal>? byCampaign, IReadOnlyDictionary<string, CampaignLift> lifts)
    {
        if (byCampaign is null || byCampaign.Count == 0)
        {
            return null;
        }

        decimal value = 0m, low = 0m, high = 0m;
        var allIncremental = true;
        foreach (var (campaign, revenue) in byCampaign.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (lifts.GetValueOrDefault(campaign) is not { IncrementalRevenue: { } inc } lift || lift.Attributed == 0m)
            {
                return null;
            }

            value += Part(inc, revenue, lift.Attributed);
            low += Part(lift.IncrementalRevenueLow!.Value, revenue, lift.Attributed);
            high += Part(lift.IncrementalRevenueHigh!.Value, revenue, lift.Attributed);
            allIncremental &= lift.Lift == LiftWords.Incremental;
        }

        return new InfluencerAllocation(value, low, high, allIncremental);
    }

    // amount × part / whole, multiplied first where the product fits in a decimal (exact where the influencer is the
    // campaign's only seller: ₹2,000 × 1000 / 2000 is 1000), divided first for amounts near decimal's range (₹10^15 × ₹10^15
    // would overflow), as IncrementalView does for a platform's share.
    private static decimal Part(decimal amount, decimal part, decimal whole)
    {
        if (part == whole)
        {
            return amount;
        }

        const decimal safe = 1e13m;
        return Math.Abs(amount) < safe && Math.Abs(part) < safe ? amount * part / whole : amount * (part / whole);
    }
}
