namespace RoiReportGen.Metrics.Recommendations;

/// <summary>
/// What-if (a): move the payout M of every `cut` influencer to the `scale` influencers, each getting
/// m_s = M × p_s / P (P = their total payout p), with returns that diminish as a square root of spend:
/// extra incremental revenue of s = iROAS_s × p_s × (√(1 + m_s / p_s) − 1).
/// Why the square root: returns to more spend on the same partner fall (the same audience sees more posts), and a
/// power curve with exponent ½ is the simplest concave response that passes through today's point: doubling a
/// partner's spend adds √2 − 1 ≈ 41% more incremental revenue, not 100%, and the next rupee earns half of today's
/// average. It is an assumption, not fitted: the data hold one spend level per influencer, so no curve can be.
/// With a proportional split m_s / p_s = M / P for every s, so the gain is Σ inc_s × (√(1 + M/P) − 1).
/// </summary>
internal static class ReallocationCalculator
{
    public static ReallocationWhatIf? Compute(IReadOnlyList<InfluencerRecommendation> list)
    {
        var cut = list.Where(r => r.Action == RecommendationActions.Cut).ToList();
        var scale = list.Where(r => r.Action == RecommendationActions.Scale).ToList();
        var moved = cut.Sum(r => r.Payout);
        var scalePayout = scale.Sum(r => r.Payout);
        if (cut.Count == 0 || scale.Count == 0 || moved <= 0m || scalePayout <= 0m)
        {
            return null;
        }

        // Every cut and scale influencer has an estimate (the rules send one without it to "too early").
        var lost = new RangedAmount(
            cut.Sum(r => r.IncrementalRevenue!.Value),
            cut.Sum(r => r.IncrementalRevenueLow!.Value),
            cut.Sum(r => r.IncrementalRevenueHigh!.Value));
        var extra = moved / scalePayout;
        var factor = (decimal)(Math.Sqrt(1d + (double)extra) - 1d);
        var gained = new RangedAmount(
            scale.Sum(r => r.IncrementalRevenue!.Value) * factor,
            scale.Sum(r => r.IncrementalRevenueLow!.Value) * factor,
            scale.Sum(r => r.IncrementalRevenueHigh!.Value) * factor);
        var net = new RangedAmount(
            gained.Value - lost.Value,
            gained.Low - lost.High,
            gained.High - lost.Low);
        return new ReallocationWhatIf(cut.Count, scale.Count, moved, scalePayout, extra, factor, lost, gained, net);
    }
}
