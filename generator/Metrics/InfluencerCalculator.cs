using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>One summary per influencer of the roster.</summary>
internal static class InfluencerCalculator
{
    /// <summary>Every roster influencer, even one without posts, tracking or payouts, in report order.</summary>
    public static IReadOnlyList<InfluencerSummary> Compute(DataSet data)
    {
        var posts = PostStatsIndex.ByInfluencer(data.Posts);

        var sales = new Dictionary<string, (long Orders, decimal Revenue)>(StringComparer.Ordinal);
        foreach (var t in data.Tracking)
        {
            if (t.IsOrganic)
            {
                continue;
            }

            var s = sales.GetValueOrDefault(t.InfluencerId);
            sales[t.InfluencerId] = (s.Orders + t.Orders, s.Revenue + t.Revenue);
        }

        // Payout is summed over payout rows on their own, never after a join with tracking rows
        // (which would count each payout once per tracking row).
        var pay = new Dictionary<string, (decimal Total, bool Post, bool Order)>(StringComparer.Ordinal);
        foreach (var p in data.Payouts)
        {
            var s = pay.GetValueOrDefault(p.InfluencerId);
            pay[p.InfluencerId] = (
                s.Total + p.TotalPayout,
                s.Post || p.Basis == PayoutBasis.Post,
                s.Order || p.Basis == PayoutBasis.Order);
        }

        return Order(data.Influencers.Select(i => Summarise(
            i,
            posts.GetValueOrDefault(i.Id) ?? PostStats.Empty(i.Id),
            sales.GetValueOrDefault(i.Id),
            pay.GetValueOrDefault(i.Id))));
    }

    /// <summary>ROAS descending (undefined last), then revenue descending, then id (ordinal).</summary>
    public static IReadOnlyList<InfluencerSummary> Order(IEnumerable<InfluencerSummary> influencers) =>
        influencers
            .OrderBy(i => i.Roas is null)
            .ThenByDescending(i => i.Roas)
            .ThenByDescending(i => i.Revenue)
            .ThenBy(i => i.InfluencerId, StringComparer.Ordinal)
            .ToList();

    private static InfluencerSummary Summarise(
        Influencer i,
        PostStats p,
        (long Orders, decimal Revenue) sales,
        (decimal Total, bool Post, bool Order) pay)
    {
        var engagements = p.Likes + p.Comments;
        var payout = pay.Total;
        return new InfluencerSummary(
            i.Id,
            i.Name,
            i.Platform,
            i.Category,
            i.Gender,
            i.FollowerCount,
            FollowerTiers.Of(i.FollowerCount),
            p.Posts,
            p.Reach,
            p.Likes,
            p.Comments,
            EngagementRate: Ratio.Of(p.RateSum, p.RatedPosts),
            // Reach-0 posts add nothing to Reach, so Σ reach over every post is Σ reach over the rated ones.
            EngagementRateWeighted: Ratio.Of(p.RatedEngagements, p.Reach),
            EngagementRateFollowers: Ratio.Of(engagements, (decimal)p.Posts * i.FollowerCount),
            sales.Orders,
            sales.Revenue,
            payout,
            Roas: Ratio.Of(sales.Revenue, payout),
            PaymentBasis: BasisLabel(pay.Post, pay.Order),
            NetReturn: sales.Revenue - payout,
            CostPerOrder: Ratio.Of(payout, sales.Orders),
            CostPerEngagement: Ratio.Of(payout, engagements),
            Cpm: Ratio.Of(payout * 1000m, p.Reach));
    }

    private static string BasisLabel(bool post, bool order) => (post, order) switch
    {
        (true, true) => "mixed",
        (true, false) => "post",
        (false, true) => "order",
        _ => "",
    };
}
