namespace RoiReportGen.Metrics;

/// <summary>How much was paid on one basis, and to how many influencers.</summary>
/// <param name="Basis">"post" or "order".</param>
/// <param name="Influencers">Influencers with at least one payout row on this basis.</param>
/// <param name="InfluencerShare">Influencers / influencers with any payout row (an influencer paid on both bases counts in both).</param>
/// <param name="PayoutShare">Payout / total payout.</param>
public sealed record PayoutBasisSummary(
    string Basis,
    long Influencers,
    decimal? InfluencerShare,
    decimal Payout,
    decimal? PayoutShare);
