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
        Percentage<InfluencerSummary>("engagement_rate", r => r.EngagementRate),
        Percentage<InfluencerSummary>("engagement_rate_weighted", r => r.EngagementRateWeighted),
        Count<InfluencerSummary>("orders", r => r.Orders),
        Money<InfluencerSummary>("revenue", r => r.Revenue),
        Money<InfluencerSummary>("payout", r => r.Payout),
        Ratio<InfluencerSummary>("roas", r => r.Roas),
        Text<InfluencerSummary>("payment_basis", r => r.PaymentBasis),
        Money<InfluencerSummary>("net_return", r => r.NetReturn),
        Money<InfluencerSummary>("cost_per_order", r => r.CostPerOrder),
        Money<InfluencerSummary>("cost_per_engagement", r => r.CostPerEngagement),
        Money<InfluencerSummary>("cpm", r => r.Cpm),
        Percentage<InfluencerSummary>("engagement_rate_followers", r => r.EngagementRateFollowers),
    ]);
}
