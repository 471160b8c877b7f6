namespace RoiReportGen.Metrics.Periods;

/// <summary>Every platform's view of one period: the same computation on the rows dated in the period.</summary>
/// <param name="All">The all-platforms view of the period.</param>
/// <param name="Platforms">One view per platform of the roster, in the order of <see cref="ReportModel.Platforms"/>.</param>
public sealed record PeriodReport(ReportPeriod Period, PlatformReport All, IReadOnlyList<PlatformReport> Platforms)
{
    /// <summary>All first, then every platform.</summary>
    public IEnumerable<PlatformReport> Views => Platforms.Prepend(All);
}
