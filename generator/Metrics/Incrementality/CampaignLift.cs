namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// One campaign's share of its (group's) measured lift over all of the data, before any view divides it by a
/// payout: what <see cref="IncrementalEstimator"/> computes once and every view reuses.
/// </summary>
/// <param name="Attributed">The campaign's attributed revenue over all of the data (the weight of its share).</param>
/// <param name="CounterfactualRevenue">Its share of the group's Σ counterfactual over the window; null without an estimate.</param>
/// <param name="IncrementalRevenue">Its share of the group's Σ (actual − counterfactual); null without an estimate.</param>
/// <param name="IncrementalRevenueLow">Its share of the lower end of the group's 90% interval.</param>
/// <param name="IncrementalRevenueHigh">Its share of the upper end.</param>
/// <param name="HalfWidth">Its share of the group's interval half-width (0 without an estimate), for the headline interval.</param>
internal sealed record CampaignLift(
    string Campaign,
    string Method,
    string Lift,
    decimal Attributed,
    decimal? CounterfactualRevenue,
    decimal? IncrementalRevenue,
    decimal? IncrementalRevenueLow,
    decimal? IncrementalRevenueHigh,
    decimal HalfWidth,
    IReadOnlyList<string> OverlapGroup,
    int UsablePreDays,
    CounterfactualSeries? Series)
{
    /// <summary>Its share of the measured lift on the days after the window.</summary>
    public decimal? TailRevenue { get; init; }

    /// <summary>Its share of the halo series' lift; null where no halo series was measured.</summary>
    public decimal? HaloRevenue { get; init; }

    /// <summary>The known sale or festival weeks its (group's) window meets, "; "-joined.</summary>
    public string SaleWeek { get; init; } = "";
}
