namespace RoiReportGen.Metrics;

/// <summary>One day of the trend; every day from the first to the last tracking date is present.</summary>
/// <param name="AttributedRolling7">Mean of attributed revenue over this day and the 6 before it; null for the first 6 days.</param>
/// <param name="OrganicRolling7">The same for organic revenue.</param>
public sealed record DailyTrendPoint(
    DateOnly Date,
    decimal AttributedRevenue,
    decimal OrganicRevenue,
    decimal? AttributedRolling7,
    decimal? OrganicRolling7);
