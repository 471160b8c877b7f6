using RoiReportGen.Data;
using RoiReportGen.Metrics.Entities;

namespace RoiReportGen.Metrics;

/// <summary>The whole report, computed once: the renderers only format it.</summary>
/// <param name="All">The all-platforms view.</param>
/// <param name="Platforms">One view per platform present in influencers.csv, ordered by name (ordinal, case-insensitive).</param>
/// <param name="Counts">Rows read and excluded per input file.</param>
public sealed record ReportModel(
    MetricsOptions Options,
    PlatformReport All,
    IReadOnlyList<PlatformReport> Platforms,
    IReadOnlyList<FileReadCounts> Counts,
    IReadOnlyList<string> Notices,
    DateOnly? DataStart,
    DateOnly? DataEnd)
{
    /// <summary>All first, then every platform.</summary>
    public IEnumerable<PlatformReport> Views => Platforms.Prepend(All);

    /// <summary>
    /// Every period of the report (SPEC 2, "Periods"): All time first (the same views as <see cref="All"/> and
    /// <see cref="Platforms"/>), then each financial-year quarter and each calendar month with data, oldest first.
    /// </summary>
    public IReadOnlyList<Periods.PeriodReport> Periods { get; init; } = [new(Metrics.Periods.ReportPeriod.AllTime, All, Platforms)];

    /// <summary>What the entity pages show beyond the All-time views (SPEC 3, "Entity pages"); empty unless computed.</summary>
    public EntityDetails Entities { get; init; } = EntityDetails.Empty;
}
