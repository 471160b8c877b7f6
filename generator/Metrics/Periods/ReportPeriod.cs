namespace RoiReportGen.Metrics.Periods;

/// <summary>One period of the report: All time, a financial-year quarter or a calendar month.</summary>
/// <param name="Slug">The period's name in URLs and download paths: "all", "fy2025-26-q2", "2025-10".</param>
/// <param name="Label">What the page calls it: "All time", "Q2 FY2025-26", "Oct 2025".</param>
/// <param name="Start">First day (inclusive); null for All time.</param>
/// <param name="End">Last day (inclusive); null for All time.</param>
public sealed record ReportPeriod(PeriodKind Kind, string Slug, string Label, DateOnly? Start, DateOnly? End)
{
    /// <summary>The slug of All time.</summary>
    public const string AllTimeSlug = "all";

    public static ReportPeriod AllTime { get; } = new(PeriodKind.AllTime, AllTimeSlug, "All time", null, null);

    public bool IsAllTime => Kind == PeriodKind.AllTime;
}
