namespace RoiReportGen.Metrics.Recommendations;

/// <summary>
/// What-if (a): the payout of every `cut` influencer moved to the `scale` influencers in proportion to their payout,
/// with a square-root response (see <see cref="ReallocationCalculator"/>). Null in a view without both.
/// </summary>
/// <param name="MovedPayout">M: Σ payout of the cut influencers.</param>
/// <param name="ScalePayout">P: Σ payout of the scale influencers.</param>
/// <param name="ExtraSpend">M / P: the scale influencers' payout grows by this share.</param>
/// <param name="ResponseFactor">√(1 + M/P) − 1: their incremental revenue grows by this share.</param>
/// <param name="LostIncremental">The incremental revenue the cut influencers gave (their allocation), with its range.</param>
/// <param name="GainedIncremental">The scale influencers' extra incremental revenue: Σ inc_s × (√(1 + M/P) − 1).</param>
/// <param name="NetChange">Gained − lost; the range pairs the gain's low end with the loss's high end and the other way round.</param>
public sealed record ReallocationWhatIf(
    int CutInfluencers,
    int ScaleInfluencers,
    decimal MovedPayout,
    decimal ScalePayout,
    decimal ExtraSpend,
    decimal ResponseFactor,
    RangedAmount LostIncremental,
    RangedAmount GainedIncremental,
    RangedAmount NetChange);

/// <summary>
/// What-if (b): every influencer paid per post alone paid per order instead, at the view's median rate per order
/// (the median `rate` of its order-basis payout rows) × its attributed orders. Null without both.
/// </summary>
/// <param name="MedianRatePerOrder">Median `rate` over the view's order-basis payout rows.</param>
/// <param name="Paid">What they were paid.</param>
/// <param name="WouldCost">Σ attributed orders × the median rate.</param>
/// <param name="IroasAsPaid">The incremental ROAS of those with an estimate, at what they were paid (range from the intervals).</param>
/// <param name="IroasPerOrder">The same incremental revenue at what they would have cost; null when that cost is 0.</param>
public sealed record OrderBasisWhatIf(
    int Influencers,
    decimal MedianRatePerOrder,
    decimal Paid,
    decimal WouldCost,
    RangedAmount? IroasAsPaid,
    RangedAmount? IroasPerOrder);

/// <summary>Every recommendation of one view (SPEC 2, "Recommendations").</summary>
/// <param name="Influencers">Action order (<see cref="RecommendationActions.All"/>), then payout descending, then id (ordinal).</param>
/// <param name="Actions">One total per action, in <see cref="RecommendationActions.All"/> order (zero counts included).</param>
/// <param name="MedianCostPerOrder">Median of payout / attributed orders over the view's influencers with both above 0.</param>
public sealed record RecommendationReport(
    RecommendationOptions Options,
    IReadOnlyList<InfluencerRecommendation> Influencers,
    IReadOnlyList<ActionTotal> Actions,
    decimal? MedianCostPerOrder,
    ReallocationWhatIf? Reallocation,
    OrderBasisWhatIf? OrderBasis)
{
    /// <summary>The influencers of one action, in list order (largest payout first).</summary>
    public IReadOnlyList<InfluencerRecommendation> WithAction(string action) =>
        Influencers.Where(i => i.Action == action).ToList();

    /// <summary>An empty report (no influencers), for views that have none.</summary>
    public static RecommendationReport Empty(RecommendationOptions options) =>
        new(options, [], RecommendationActions.All.Select(a => new ActionTotal(a, 0, 0m)).ToList(), null, null, null);
}
