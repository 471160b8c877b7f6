namespace RoiReportGen.Metrics;

/// <summary>Revenue and spend of one brand.</summary>
/// <param name="Revenue">Attributed revenue of the brand's tracking rows.</param>
/// <param name="OrganicRevenue">Organic revenue of the brand's tracking rows.</param>
/// <param name="Payout">Each influencer's payout in each campaign, split over the brands that influencer sold in that campaign by its own attributed orders per brand (revenue where it has no orders); a fee in a campaign the influencer sold nothing in goes to no brand.</param>
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
