namespace RoiReportGen.Metrics;

/// <summary>Revenue and spend of one brand.</summary>
/// <param name="Revenue">Attributed revenue of the brand's tracking rows.</param>
/// <param name="OrganicRevenue">Organic revenue of the brand's tracking rows.</param>
/// <param name="Payout">Campaign payouts split over brands by each campaign's attributed orders per brand (revenue where it has no orders).</param>
public sealed record BrandSummary(
    string Brand,
    long Campaigns,
    long Influencers,
    long Orders,
    decimal Revenue,
    decimal OrganicRevenue,
    decimal Payout,
    decimal? Roas,
    decimal NetReturn);
