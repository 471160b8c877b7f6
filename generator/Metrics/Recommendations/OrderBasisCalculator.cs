namespace RoiReportGen.Metrics.Recommendations;

/// <summary>
/// What-if (b): every influencer paid per post alone (payment basis "post"; "mixed" ones already have an order rate)
/// paid per order instead, at the view's median rate per order × its attributed orders. The cost is exact; the range
/// is their incremental ROAS at each cost, from the campaigns' intervals, over those with an estimate.
/// </summary>
internal static class OrderBasisCalculator
{
    public static OrderBasisWhatIf? Compute(IReadOnlyList<InfluencerRecommendation> list, decimal? medianRate)
    {
        var postPaid = list.Where(r => r.WhatIfOrderBasisPayout is not null).ToList();
        if (medianRate is not { } rate || postPaid.Count == 0)
        {
            return null;
        }

        var estimated = postPaid.Where(r => r.IncrementalRevenue is not null).ToList();
        var paid = estimated.Sum(r => r.Payout);
        var wouldCost = estimated.Sum(r => r.WhatIfOrderBasisPayout!.Value);
        RangedAmount? At(decimal cost) => estimated.Count == 0 || cost == 0m
            ? null
            : new RangedAmount(
                estimated.Sum(r => r.IncrementalRevenue!.Value) / cost,
                estimated.Sum(r => r.IncrementalRevenueLow!.Value) / cost,
                estimated.Sum(r => r.IncrementalRevenueHigh!.Value) / cost);

        return new OrderBasisWhatIf(
            postPaid.Count,
            rate,
            postPaid.Sum(r => r.Payout),
            postPaid.Sum(r => r.WhatIfOrderBasisPayout!.Value),
            At(paid),
            At(wouldCost));
    }
}
