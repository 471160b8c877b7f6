namespace RoiReportGen.Metrics;

/// <summary>Choices that change the numbers.</summary>
/// <param name="BaselineDays">Length of the counterfactual iROAS fit's pre-period, in days (SPEC 2, default 56), 1 to <see cref="MaxBaselineDays"/>; the naive method keeps its fixed 28.</param>
/// <param name="Recommendations">The recommendation rules' target and thresholds; null means SPEC's defaults.</param>
/// <param name="CarryoverDays">Days measured after each window for the campaign's carry-over (SPEC 2, default 28), 0 to <see cref="MaxCarryoverDays"/>.</param>
public sealed record MetricsOptions(int BaselineDays = 56, Recommendations.RecommendationOptions? Recommendations = null, int CarryoverDays = MetricsOptions.DefaultCarryoverDays)
{
    /// <summary>SPEC 2's default carry-over tail.</summary>
    public const int DefaultCarryoverDays = 28;

    /// <summary>A year: a campaign's pull longer than that is no longer its own.</summary>
    public const int MaxCarryoverDays = 365;

    public int CarryoverDays { get; } = CarryoverDays is >= 0 and <= MaxCarryoverDays
        ? CarryoverDays
        : throw new ArgumentOutOfRangeException(nameof(CarryoverDays), CarryoverDays, $"must be 0 to {MaxCarryoverDays} days");

    /// <summary>The recommendation rules' target and thresholds (`--target-roas`, `--min-posts`, `--min-orders`).</summary>
    public Recommendations.RecommendationOptions Recommendations { get; } = Recommendations ?? RoiReportGen.Metrics.Recommendations.RecommendationOptions.Default;

    /// <summary>
    /// Ten years: a longer pre-period is surely a typo. The arithmetic would be safe beyond it (a
    /// pre-period that would start before the data, or before 0001-01-01, is "no baseline data").
    /// </summary>
    public const int MaxBaselineDays = 3650;

    public static MetricsOptions Default { get; } = new();

    public int BaselineDays { get; } = BaselineDays is >= 1 and <= MaxBaselineDays
        ? BaselineDays
        : throw new ArgumentOutOfRangeException(nameof(BaselineDays), BaselineDays, $"must be 1 to {MaxBaselineDays} days");
}
