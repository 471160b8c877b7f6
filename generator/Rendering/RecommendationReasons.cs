using RoiReportGen.Metrics.Recommendations;

namespace RoiReportGen.Rendering;

/// <summary>
/// The reason of an influencer's action, in words with its numbers (SPEC 2, "Recommendations"): one sentence per
/// rule, shared by the page and recommendations.csv so both say the same thing.
/// </summary>
public static class RecommendationReasons
{
    public static string Of(InfluencerRecommendation r, RecommendationOptions options)
    {
        var iroas = DisplayFormat.RatioWithInterval(r.IncrementalRoas, r.IncrementalRoasLow, r.IncrementalRoasHigh);
        var roas = DisplayFormat.Ratio(r.Roas);
        var target = DisplayFormat.Ratio(options.TargetRoas);
        return r.Rule switch
        {
            RecommendationRule.TooFewPosts =>
                $"only {Posts(r.Posts)} in this view; at least {Posts(options.MinPosts)} are needed to judge",
            RecommendationRule.TooFewOrders =>
                $"only {Orders(r.Orders)} in this view; at least {Orders(options.MinOrders)} are needed to judge",
            RecommendationRule.NoPayout =>
                $"no payout in this view ({DisplayFormat.Money(r.Revenue)} attributed revenue), so there is no ROAS to judge by",
            RecommendationRule.NoEstimate =>
                $"attributed ROAS {roas}, but a campaign it sold in has no incremental estimate, so its incremental ROAS is unknown",
            RecommendationRule.LosesMoney =>
                $"attributed ROAS {roas} and incremental ROAS {iroas}: it returns less than it costs either way",
            RecommendationRule.IncrementalBelowOne =>
                $"attributed ROAS {roas}, but its campaigns' incremental share is {DisplayFormat.Percent(r.IncrementalShare)}: incremental ROAS {iroas}",
            RecommendationRule.CostPerOrderAboveMedian =>
                $"paid per post at {DisplayFormat.Money(r.CostPerOrder)} per order, above the median {DisplayFormat.Money(r.MedianCostPerOrder)}; incremental ROAS {iroas}",
            RecommendationRule.AboveTarget =>
                $"incremental ROAS {iroas}, at or above the target {target}, and every campaign it sold in shows a measurable lift",
            RecommendationRule.BelowTarget =>
                $"incremental ROAS {iroas} pays back but is below the target {target}",
            RecommendationRule.LiftNotMeasurable =>
                $"incremental ROAS {iroas}, but a campaign it sold in has no clear lift (its 90% interval reaches zero)",
            _ => throw new ArgumentOutOfRangeException(nameof(r), r.Rule, "unknown rule"),
        };
    }

    private static string Posts(long n) => n == 1 ? "1 post" : $"{DisplayFormat.Count(n)} posts";

    private static string Orders(long n) => n == 1 ? "1 attributed order" : $"{DisplayFormat.Count(n)} attributed orders";
}
