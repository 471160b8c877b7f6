using RoiReportGen.Metrics;
using static RoiReportGen.Rendering.Csv.CsvColumns;

namespace RoiReportGen.Rendering.Csv;

/// <summary>influencer_summary.csv: SPEC 3's columns in its order, then the follower-based engagement rate SPEC 2 asks to export too.</summary>
public static class InfluencerSummaryCsv
{
    public static CsvTable<InfluencerSummary> Table { get; } = new("influencer_summary.csv",
    [
        Text<InfluencerSummary>("influencer_id", r => r.InfluencerId),
        Text<InfluencerSummary>("name", r => r.Name),
        Text<InfluencerSummary>("platform", r => r.Platform),
        Text<InfluencerSummary>("category", r => r.Category),
        Text<InfluencerSummary>("gender", r => r.Gender),
        Count<InfluencerSummary>("follower_count", r => r.FollowerCount),
        Count<InfluencerSummary>("posts", r => r.Posts),
        Count<InfluencerSummary>("reach", r => r.Reach),
        Count<InfluencerSummary>("likes", r => r.Likes),
        Count<InfluencerSummary>("comments", r => r.Comments),
        Number<InfluencerSummary>("engagement_rate", r => r.EngagementRate),
        Number<InfluencerSummary>("engagement_rate_weighted", r => r.EngagementRateWeighted),
        Count<InfluencerSummary>("orders", r => r.Orders),
        Number<InfluencerSummary>("revenue", r => r.Revenue),
        Number<InfluencerSummary>("payout", r => r.Payout),
        Number<InfluencerSummary>("roas", r => r.Roas),
        Text<InfluencerSummary>("payment_basis", r => r.PaymentBasis),
        Number<InfluencerSummary>("net_return", r => r.NetReturn),
        Number<InfluencerSummary>("cost_per_order", r => r.CostPerOrder),
        Number<InfluencerSummary>("cost_per_engagement", r => r.CostPerEngagement),
        Number<InfluencerSummary>("cpm", r => r.Cpm),
        Number<InfluencerSummary>("engagement_rate_followers", r => r.EngagementRateFollowers),
    ]);
}
