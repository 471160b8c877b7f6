namespace RoiReportGen.Metrics;

/// <summary>One influencer's row of the report and of influencer_summary.csv. Null means undefined (a zero divisor).</summary>
/// <param name="EngagementRate">Simple mean of the post rates (likes + comments) / reach over posts with reach &gt; 0: the headline figure.</param>
/// <param name="EngagementRateWeighted">Σ(likes + comments) / Σ reach over posts with reach &gt; 0.</param>
/// <param name="EngagementRateFollowers">Σ(likes + comments) / (posts × follower_count) over all posts.</param>
/// <param name="PaymentBasis">"post", "order", "mixed" (both), or "" with no payout rows.</param>
/// <param name="CostPerOrder">payout / orders.</param>
/// <param name="CostPerEngagement">payout / (likes + comments).</param>
/// <param name="Cpm">payout / reach × 1000.</param>
public sealed record InfluencerSummary(
    string InfluencerId,
    string Name,
    string Platform,
    string Category,
    string Gender,
    long FollowerCount,
    FollowerTier Tier,
    long Posts,
    long Reach,
    long Likes,
    long Comments,
    decimal? EngagementRate,
    decimal? EngagementRateWeighted,
    decimal? EngagementRateFollowers,
    long Orders,
    decimal Revenue,
    decimal Payout,
    decimal? Roas,
    string PaymentBasis,
    decimal NetReturn,
    decimal? CostPerOrder,
    decimal? CostPerEngagement,
    decimal? Cpm);
