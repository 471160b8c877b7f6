namespace RoiReportGen.Metrics.Periods;

/// <summary>
/// A month's or quarter's view against the same platform's view of the previous period of the same kind.
/// </summary>
/// <param name="Previous">The period compared against.</param>
/// <param name="InfluencerRoasChange">Δ ROAS by influencer id: this period's ROAS − the previous one's; null when either is undefined (absent from the previous period included).</param>
/// <param name="CampaignRoasChange">Δ ROAS by campaign name, the same way.</param>
public sealed record PeriodComparison(
    ReportPeriod Previous,
    KpiChanges Kpis,
    IReadOnlyDictionary<string, decimal?> InfluencerRoasChange,
    IReadOnlyDictionary<string, decimal?> CampaignRoasChange);
