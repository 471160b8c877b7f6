namespace RoiReportGen.Metrics;

/// <summary>
/// A campaign's incremental revenue by the naive pre-period method (SPEC 2, kept for comparison in
/// campaign_summary.csv as naive_*): all revenue of its products in W minus their organic daily average over the
/// <see cref="PrePeriodDays"/> days before W × d. It ignores trend, seasonality and overlapping campaigns, which is
/// why the counterfactual estimate (<see cref="Incrementality.IncrementalEstimate"/>) replaces it. Null means undefined.
/// </summary>
/// <param name="WindowRevenue">All revenue (organic and attributed) of its products within W.</param>
/// <param name="BaselineDailyRevenue">b: organic revenue of its products over the pre-period / <see cref="PrePeriodDays"/>.</param>
/// <param name="BaselineRevenue">b × d: what the products were expected to earn in W without the campaign.</param>
/// <param name="IncrementalRevenue">WindowRevenue − BaselineRevenue; may be negative.</param>
/// <param name="Iroas">IncrementalRevenue / payout.</param>
/// <param name="Note">"no baseline data" when the pre-period is not covered by the data, "no window" without attributed rows; "" otherwise.</param>
public sealed record NaiveIncrementality(
    decimal? WindowRevenue,
    decimal? BaselineDailyRevenue,
    decimal? BaselineRevenue,
    decimal? IncrementalRevenue,
    decimal? Iroas,
    string Note)
{
    /// <summary>The naive method's fixed pre-period (SPEC 2); no longer set by --baseline-days.</summary>
    public const int PrePeriodDays = 28;

    public const string NoBaselineData = "no baseline data";
    public const string NoWindow = "no window";

    /// <summary>A campaign that appears only in payouts has no window, so nothing to compare.</summary>
    public static NaiveIncrementality WithoutWindow { get; } = new(null, null, null, null, null, NoWindow);
}
