namespace RoiReportGen.Metrics;

/// <summary>The headline figures.</summary>
/// <param name="Revenue">Attributed revenue.</param>
/// <param name="Payout">Σ total_payout.</param>
/// <param name="Roas">Revenue / Payout.</param>
/// <param name="Iroas">Σ incremental revenue / Σ payout over the campaigns whose iROAS is defined (the counterfactual estimate), with its 90% interval.</param>
/// <param name="Influencers">Influencers in the roster (influencers.csv); in a month or quarter, those active in it (a post, an attributed row or a payout).</param>
/// <param name="Posts">Accepted posts.</param>
/// <param name="UnallocatedPayout">Campaign-less payout of influencers with neither attributed orders nor revenue.</param>
public sealed record KpiSummary(
    decimal Revenue,
    decimal OrganicRevenue,
    decimal Payout,
    decimal? Roas,
    Incrementality.HeadlineIroas Iroas,
    decimal NetReturn,
    long Orders,
    long Influencers,
    long Posts,
    decimal UnallocatedPayout);
