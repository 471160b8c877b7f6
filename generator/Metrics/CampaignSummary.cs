namespace RoiReportGen.Metrics;

/// <summary>One campaign's row of the report and of campaign_summary.csv. Null means undefined.</summary>
/// <param name="Brand">The brand of its attributed rows; several are joined with "; " (ordinal order).</param>
/// <param name="StartDate">First date of its attributed rows (window W); null when it has none (payout only).</param>
/// <param name="WindowDays">d: days in W, inclusive; 0 without a window.</param>
/// <param name="Products">The products in its attributed rows, ordinal order.</param>
/// <param name="Payout">Payout rows naming it plus its allocated share of campaign-less payout rows.</param>
/// <param name="AllocatedPayout">The allocated part of <see cref="Payout"/>.</param>
/// <param name="WindowRevenue">All revenue (organic and attributed) of its products within W.</param>
/// <param name="BaselineDailyRevenue">b: organic revenue of its products over the pre-period / baseline days.</param>
/// <param name="BaselineRevenue">b × d: what the products were expected to earn in W without the campaign.</param>
/// <param name="IncrementalRevenue">WindowRevenue − BaselineRevenue; may be negative.</param>
/// <param name="Iroas">IncrementalRevenue / Payout.</param>
/// <param name="BaselineNote">"no baseline data" when the pre-period is not covered by the data, "no window" without attributed rows; "" otherwise.</param>
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
    decimal? WindowRevenue,
    decimal? BaselineDailyRevenue,
    decimal? BaselineRevenue,
    decimal? IncrementalRevenue,
    decimal? Iroas,
    string BaselineNote,
    CampaignOverlaps Overlaps)
{
    /// <summary>Windows overlap another campaign's on the same product: the baseline method double counts.</summary>
    public bool OverlapFlag => Overlaps.Count > 0;
}
