namespace RoiReportGen.Metrics;

/// <summary>One campaign's row of the report and of campaign_summary.csv. Null means undefined.</summary>
/// <param name="Brand">The brand of its attributed rows; several are joined with "; " (ordinal order).</param>
/// <param name="StartDate">First date of its attributed rows (window W); null when it has none (payout only).</param>
/// <param name="WindowDays">d: days in W, inclusive; 0 without a window.</param>
/// <param name="Products">The products in its attributed rows, ordinal order.</param>
/// <param name="Payout">Payout rows naming it plus its allocated share of campaign-less payout rows.</param>
/// <param name="AllocatedPayout">The allocated part of <see cref="Payout"/>.</param>
/// <param name="Naive">The naive pre-period method (28 days), kept for comparison.</param>
/// <param name="Incremental">The counterfactual estimate of SPEC 2, as this view shows it (its share of the lift, its payout).</param>
/// <param name="Overlaps">How many campaigns overlap this one's window on a shared product, and the first few names.</param>
public sealed record CampaignSummary(
    string Campaign,
    string Brand,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int WindowDays,
    IReadOnlyList<string> Products,
    long Influencers,
    long Orders,
    decimal Revenue,
    decimal Payout,
    decimal AllocatedPayout,
    decimal? Roas,
    decimal NetReturn,
    NaiveIncrementality Naive,
    Incrementality.IncrementalEstimate Incremental,
    CampaignOverlaps Overlaps)
{
    /// <summary>Windows overlap another campaign's on the same product: estimated together with them.</summary>
    public bool OverlapFlag => Overlaps.Count > 0;

    /// <summary>
    /// In a month's or quarter's view: the campaign's window runs past the period, so its incremental estimate
    /// (made once, over the whole window) covers days outside it. Always false in All time.
    /// </summary>
    public bool WindowRunsPastPeriod { get; init; }
}
