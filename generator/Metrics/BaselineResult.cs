namespace RoiReportGen.Metrics;

/// <summary>A campaign's pre-period baseline and incremental return; null means undefined.</summary>
internal sealed record BaselineResult(
    decimal? WindowRevenue,
    decimal? BaselineDailyRevenue,
    decimal? BaselineRevenue,
    decimal? IncrementalRevenue,
    decimal? Iroas,
    string Note)
{
    public const string NoBaselineData = "no baseline data";
    public const string NoWindow = "no window";

    /// <summary>A campaign that appears only in payouts has no window, so nothing to compare.</summary>
    public static BaselineResult WithoutWindow { get; } = new(null, null, null, null, null, NoWindow);
}
