namespace RoiReportGen.Metrics.Periods;

/// <summary>Every KPI card's change against the previous period of the same kind (SPEC 2, "Periods").</summary>
public sealed record KpiChanges(
    KpiChange Revenue,
    KpiChange Payout,
    KpiChange Roas,
    KpiChange Iroas,
    KpiChange Orders,
    KpiChange Influencers,
    KpiChange Posts);
