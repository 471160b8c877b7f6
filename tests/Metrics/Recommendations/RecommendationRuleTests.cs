using RoiReportGen.Metrics.Recommendations;

namespace RoiReportGen.Tests.Metrics.Recommendations;

/// <summary>Issue 15 item 1: one action per influencer by SPEC 2's rules, on <see cref="RecommendationFixture"/> (worked there).</summary>
public sealed class RecommendationRuleTests
{
    private static readonly RecommendationReport Report = RecommendationFixture.Compute();

    [Theory]
    [InlineData("A", RecommendationActions.Scale, RecommendationRule.AboveTarget)]          // iROAS exactly 1.00 = target; exactly 3 posts, 10 orders
    [InlineData("B", RecommendationActions.TooEarly, RecommendationRule.TooFewPosts)]       // 2 posts < 3
    [InlineData("C", RecommendationActions.TooEarly, RecommendationRule.TooFewOrders)]      // 9 orders < 10
    [InlineData("D", RecommendationActions.TooEarly, RecommendationRule.NoEstimate)]        // C3 has no estimate
    [InlineData("E", RecommendationActions.Cut, RecommendationRule.LosesMoney)]             // ROAS 0.9, iROAS 0.45
    [InlineData("F", RecommendationActions.Renegotiate, RecommendationRule.IncrementalBelowOne)] // ROAS exactly 1 is not cut
    [InlineData("G", RecommendationActions.Keep, RecommendationRule.LiftNotMeasurable)]     // iROAS 2 but C2's interval reaches 0
    [InlineData("H", RecommendationActions.Renegotiate, RecommendationRule.CostPerOrderAboveMedian)] // post-paid, CPO 100 > 50
    [InlineData("I", RecommendationActions.TooEarly, RecommendationRule.NoPayout)]
    public void Each_influencer_gets_the_action_of_the_first_rule_that_holds(string id, string action, RecommendationRule rule)
    {
        var r = Report.Of(id);
        Assert.Equal((action, rule), (r.Action, r.Rule));
    }

    [Fact]
    public void The_incremental_roas_is_the_allocation_over_the_payout_with_the_share_interval()
    {
        // A: ₹2,000 in C1 × 0.5 = ₹1,000 (× 0.4 = ₹800, × 0.6 = ₹1,200), over ₹1,000 payout.
        var a = Report.Of("A");
        Assert.Equal((1_000m, 800m, 1_200m), (a.IncrementalRevenue!.Value, a.IncrementalRevenueLow!.Value, a.IncrementalRevenueHigh!.Value));
        Assert.Equal((1m, 0.8m, 1.2m), (a.IncrementalRoas!.Value, a.IncrementalRoasLow!.Value, a.IncrementalRoasHigh!.Value));
        Assert.Equal(0.5m, a.IncrementalShare);
        Assert.Equal(2m, a.Roas);

        // G: ₹10,000 × 0.2 = ₹2,000, low × −0.1 = −₹1,000, high × 0.5 = ₹5,000: the low end stays negative, never clamped.
        var g = Report.Of("G");
        Assert.Equal((2m, -1m, 5m), (g.IncrementalRoas!.Value, g.IncrementalRoasLow!.Value, g.IncrementalRoasHigh!.Value));
        Assert.False(g.AllCampaignsIncremental);

        // D sold only in C3 (no estimate): no allocation at all.
        Assert.Null(Report.Of("D").IncrementalRoas);
    }

    [Fact]
    public void The_median_cost_per_order_leaves_out_influencers_without_one()
    {
        // 10, 25, 50, 50, 50, 100, 100, 100 (I has no payout) → (50 + 50) / 2.
        Assert.Equal(50m, Report.MedianCostPerOrder);
    }

    [Fact]
    public void Counts_and_payout_per_action_are_in_action_order()
    {
        // scale A ₹1,000; keep G ₹1,000; renegotiate F + H ₹2,000; cut E ₹1,000; too early B + C + D + I = 500 + 900 + 500 + 0.
        Assert.Equal(
            [
                new ActionTotal("scale", 1, 1_000m),
                new ActionTotal("keep", 1, 1_000m),
                new ActionTotal("renegotiate", 2, 2_000m),
                new ActionTotal("cut", 1, 1_000m),
                new ActionTotal("too early", 4, 1_900m),
            ],
            Report.Actions);
        Assert.Equal(["A", "G", "F", "H", "E", "C", "B", "D", "I"], Report.Influencers.Select(r => r.InfluencerId));   // action, payout desc, id
    }

    [Fact]
    public void A_higher_target_keeps_an_influencer_below_it()
    {
        // A's iROAS 1.00 pays back but is below 1.50.
        var a = RecommendationFixture.Compute(new RecommendationOptions(TargetRoas: 1.5m)).Of("A");
        Assert.Equal((RecommendationActions.Keep, RecommendationRule.BelowTarget), (a.Action, a.Rule));
    }

    [Fact]
    public void Just_above_the_target_is_not_scaled()
    {
        // 1.00 < 1.0001.
        Assert.Equal(RecommendationActions.Keep, RecommendationFixture.Compute(new RecommendationOptions(TargetRoas: 1.0001m)).Of("A").Action);
    }

    [Fact]
    public void The_thresholds_are_options()
    {
        // With at most 2 posts and 9 orders needed, B (2 posts, post-paid, CPO 10 below the median) and C are judged:
        // B: ₹1,000 × 0.5 / ₹500 = iROAS 1.00 → scale; C: ₹1,000 × 0.5 / ₹900 = 0.56, ROAS 1.11 → renegotiate.
        var report = RecommendationFixture.Compute(new RecommendationOptions(MinPosts: 2, MinOrders: 9));
        Assert.Equal(RecommendationActions.Scale, report.Of("B").Action);
        Assert.Equal(RecommendationActions.Renegotiate, report.Of("C").Action);

        // One more post or order needed than A has: too early.
        Assert.Equal(RecommendationRule.TooFewPosts, RecommendationFixture.Compute(new RecommendationOptions(MinPosts: 4)).Of("A").Rule);
        Assert.Equal(RecommendationRule.TooFewOrders, RecommendationFixture.Compute(new RecommendationOptions(MinOrders: 11)).Of("A").Rule);
    }

    [Theory]
    [InlineData(0, 3, 10)]
    [InlineData(-1, 3, 10)]
    [InlineData(101, 3, 10)]
    [InlineData(1, -1, 10)]
    [InlineData(1, 3, -1)]
    public void Options_out_of_range_are_refused(int target, int posts, int orders) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecommendationOptions(target, posts, orders));
}
