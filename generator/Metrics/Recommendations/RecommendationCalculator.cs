using RoiReportGen.Data;
using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Metrics.Recommendations;

/// <summary>
/// One action per influencer of a view by the rules of SPEC 2, checked in a fixed order so that exactly one applies:
/// <list type="number">
/// <item>too early: fewer posts than MinPosts, fewer attributed orders than MinOrders, no payout, or no incremental
/// estimate (some of its revenue is in a campaign without one) — a decision on too little evidence is a guess;</item>
/// <item>cut: attributed ROAS &lt; 1 and incremental ROAS &lt; 1 (it loses money however it is counted);</item>
/// <item>renegotiate: attributed ROAS ≥ 1 but incremental ROAS &lt; 1, or paid per post with a cost per order above
/// the view's median (the price is wrong, not the partner);</item>
/// <item>scale: incremental ROAS ≥ the target and every campaign it sold in `incremental`;</item>
/// <item>keep: everything else (incremental ROAS ≥ 1 but below the target, or a campaign's lift not measurable).</item>
/// </list>
/// Renegotiate comes before scale, so a post-paid influencer who is overpaid per order is renegotiated before it is
/// given more money. Pure.
/// </summary>
internal static class RecommendationCalculator
{
    public static RecommendationReport Compute(
        DataSet view,
        IReadOnlyList<InfluencerSummary> influencers,
        IReadOnlyDictionary<string, CampaignLift> lifts,
        RecommendationOptions options)
    {
        var sales = SalesByCampaign(view);
        var medianCpo = InsightFinder.Median(influencers
            .Where(i => i.Orders > 0 && i.Payout > 0m)
            .Select(i => i.CostPerOrder!.Value)
            .Order()
            .ToList());
        var medianRate = InsightFinder.Median(view.Payouts
            .Where(p => p.Basis == PayoutBasis.Order)
            .Select(p => p.Rate)
            .Order()
            .ToList());

        var list = influencers
            .Select(i => Decide(i, sales.GetValueOrDefault(i.InfluencerId), lifts, options, medianCpo, medianRate))
            .OrderBy(r => ActionOrder(r.Action))
            .ThenByDescending(r => r.Payout)
            .ThenBy(r => r.InfluencerId, StringComparer.Ordinal)
            .ToList();

        return new RecommendationReport(
            options,
            list,
            RecommendationActions.All
                .Select(a => new ActionTotal(a, list.Count(r => r.Action == a), list.Where(r => r.Action == a).Sum(r => r.Payout)))
                .ToList(),
            medianCpo,
            ReallocationCalculator.Compute(list),
            OrderBasisCalculator.Compute(list, medianRate));
    }

    // The order recommendations are listed in: RecommendationActions.All's (scale first, too early last).
    private static readonly Dictionary<string, int> ActionRanks =
        RecommendationActions.All.Select((action, rank) => (action, rank)).ToDictionary(a => a.action, a => a.rank, StringComparer.Ordinal);

    private static int ActionOrder(string action) => ActionRanks[action];

    /// <summary>Each influencer's attributed revenue per campaign in this view.</summary>
    private static Dictionary<string, Dictionary<string, decimal>> SalesByCampaign(DataSet view)
    {
        var sales = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        foreach (var t in view.Tracking)
        {
            if (t.IsOrganic)
            {
                continue;
            }

            if (!sales.TryGetValue(t.InfluencerId, out var byCampaign))
            {
                sales[t.InfluencerId] = byCampaign = new Dictionary<string, decimal>(StringComparer.Ordinal);
            }

            byCampaign[t.Campaign] = byCampaign.GetValueOrDefault(t.Campaign) + t.Revenue;
        }

        return sales;
    }

    private static InfluencerRecommendation Decide(
        InfluencerSummary i,
        Dictionary<string, decimal>? byCampaign,
        IReadOnlyDictionary<string, CampaignLift> lifts,
        RecommendationOptions options,
        decimal? medianCpo,
        decimal? medianRate)
    {
        var allocation = InfluencerAllocation.Of(byCampaign, lifts);
        var iroas = allocation is null ? null : Ratio.Of(allocation.Value, i.Payout);
        var postOnly = i.PaymentBasis == "post";
        var (action, rule) = Rule(i, allocation, iroas, postOnly, options, medianCpo);
        return new InfluencerRecommendation(
            i.InfluencerId,
            i.Name,
            i.Platform,
            action,
            rule,
            i.Posts,
            i.Orders,
            i.Revenue,
            i.Payout,
            i.Roas,
            allocation?.Value,
            allocation?.Low,
            allocation?.High,
            iroas,
            allocation is null ? null : Ratio.Of(allocation.Low, i.Payout),
            allocation is null ? null : Ratio.Of(allocation.High, i.Payout),
            allocation is null ? null : Ratio.Of(allocation.Value, i.Revenue),
            allocation?.AllIncremental ?? false,
            i.PaymentBasis,
            i.CostPerOrder,
            medianCpo,
            postOnly && medianRate is { } rate ? OrderBasisPayout(i.Orders, rate) : null);
    }

    // Orders × rate; undefined past 10^27 (amounts near decimal's range: 10^15 orders at a ₹10^15 rate would overflow),
    // so the what-if's sums over many influencers still fit.
    private static decimal? OrderBasisPayout(long orders, decimal rate) =>
        rate == 0m || orders <= MaxOrderBasisPayout / rate ? orders * rate : null;

    private const decimal MaxOrderBasisPayout = 1e27m;

    private static (string Action, RecommendationRule Rule) Rule(
        InfluencerSummary i,
        InfluencerAllocation? allocation,
        decimal? iroas,
        bool postOnly,
        RecommendationOptions options,
        decimal? medianCpo)
    {
        if (i.Posts < options.MinPosts)
        {
            return (RecommendationActions.TooEarly, RecommendationRule.TooFewPosts);
        }

        if (i.Orders < options.MinOrders)
        {
            return (RecommendationActions.TooEarly, RecommendationRule.TooFewOrders);
        }

        if (i.Roas is not { } roas)
        {
            return (RecommendationActions.TooEarly, RecommendationRule.NoPayout);
        }

        if (iroas is not { } incremental)
        {
            return (RecommendationActions.TooEarly, RecommendationRule.NoEstimate);
        }

        if (roas < 1m && incremental < 1m)
        {
            return (RecommendationActions.Cut, RecommendationRule.LosesMoney);
        }

        if (incremental < 1m)
        {
            return (RecommendationActions.Renegotiate, RecommendationRule.IncrementalBelowOne);
        }

        if (postOnly && medianCpo is { } median && i.CostPerOrder > median)
        {
            return (RecommendationActions.Renegotiate, RecommendationRule.CostPerOrderAboveMedian);
        }

        if (incremental >= options.TargetRoas)
        {
            return allocation!.AllIncremental
                ? (RecommendationActions.Scale, RecommendationRule.AboveTarget)
                : (RecommendationActions.Keep, RecommendationRule.LiftNotMeasurable);
        }

        return (RecommendationActions.Keep, RecommendationRule.BelowTarget);
    }
}
