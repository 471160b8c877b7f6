namespace RoiReportGen.Metrics;

/// <summary>Choices that change the numbers.</summary>
/// <param name="BaselineDays">Length of the iROAS pre-period, in days (SPEC 2, default 28).</param>
public sealed record MetricsOptions(int BaselineDays = 28)
{
    public static MetricsOptions Default { get; } = new();
}
