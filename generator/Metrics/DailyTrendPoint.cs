namespace RoiReportGen.Metrics;

/// <summary>
/// One day of the trend. The trend holds the days with tracking rows and the days around them a chart
/// needs (see TrendCalculator); every other day of the span has 0 revenue and, where defined, 0 means.
/// Dense data has every day from the first to the last tracking date.
/// </summary>
/// <param name="AttributedRolling7">Mean of attributed revenue over this day and the 6 before it; null for the first 6 days of the data.</param>
/// <param name="OrganicRolling7">The same for organic revenue.</param>
public sealed record DailyTrendPoint(
    DateOnly Date,
    decimal AttributedRevenue,
    decimal OrganicRevenue,
    decimal? AttributedRolling7,
    decimal? OrganicRolling7);
