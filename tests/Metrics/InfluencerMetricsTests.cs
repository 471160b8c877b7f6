using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

public sealed class InfluencerMetricsTests
{
    // a: 4 posts, 3 tracking rows, 2 payout rows; b: nothing at all; c: paid, sold nothing; d: sold, unpaid.
    private static PlatformReport Fixture() => new DataBuilder()
        .Influencer("a", followers: 20_000)
        .Influencer("b", followers: 500)
        .Influencer("c")
        .Influencer("d")
        .Posts("a", posts: 4, reach: 10_000, likes: 800, comments: 200, rateSum: 0.5m)
        .Sale(0, "C1", "a", "P1", 2, 1_000m)
        .Sale(1, "C1", "a", "P1", 3, 1_500m)
        .Sale(2, "C2", "a", "P2", 5, 2_500m)
        .Sale(2, "C2", "d", "P2", 1, 300m)
        .Pay("a", 600m, "C1", PayoutBasis.Post)
        .Pay("a", 400m, "", PayoutBasis.Order)
        .Pay("c", 200m)
        .All();

    [Fact]
    public void SumsPayoutOncePerPayoutRowNotPerTrackingRow()
    {
        var a = Fixture().Influencer("a");

        Assert.Equal(10, a.Orders);            // 2 + 3 + 5
        Assert.Equal(5_000m, a.Revenue);       // 1000 + 1500 + 2500
        Assert.Equal(1_000m, a.Payout);        // 600 + 400 (a join with 3 tracking rows would give 3000)
        Assert.Equal(5m, a.Roas);              // 5000 / 1000
        Assert.Equal(4_000m, a.NetReturn);     // 5000 − 1000
    }

    [Fact]
    public void CostsAndEngagementRatesUseTheirOwnDivisors()
    {
        var a = Fixture().Influencer("a");

        Assert.Equal(100m, a.CostPerOrder);                 // 1000 / 10
        Assert.Equal(1m, a.CostPerEngagement);              // 1000 / (800 + 200)
        Assert.Equal(100m, a.Cpm);                          // 1000 / 10000 × 1000
        Assert.Equal(0.125m, a.EngagementRate);             // rate sum 0.5 / 4 rated posts
        Assert.Equal(0.1m, a.EngagementRateWeighted);       // 1000 / 10000
        Assert.Equal(0.0125m, a.EngagementRateFollowers);   // 1000 / (4 × 20000)
        Assert.Equal("mixed", a.PaymentBasis);              // a post row and an order row
        Assert.Equal(FollowerTier.Micro, a.Tier);
    }

    [Fact]
    public void InfluencerWithNoDataIsListedWithUndefinedRatios()
    {
        var b = Fixture().Influencer("b");

        Assert.Equal(0, b.Posts);
        Assert.Equal(0m, b.Revenue);
        Assert.Equal(0m, b.Payout);
        Assert.Null(b.Roas);
        Assert.Null(b.EngagementRate);
        Assert.Null(b.EngagementRateWeighted);
        Assert.Null(b.EngagementRateFollowers);
        Assert.Null(b.CostPerOrder);
        Assert.Null(b.CostPerEngagement);
        Assert.Null(b.Cpm);
        Assert.Equal("", b.PaymentBasis);
        Assert.Equal(0m, b.NetReturn);
    }

    [Fact]
    public void RoasIsZeroWithPayoutAndNoRevenueAndNullWithoutPayout()
    {
        var r = Fixture();

        Assert.Equal(0m, r.Influencer("c").Roas);          // 0 / 200
        Assert.Equal(-200m, r.Influencer("c").NetReturn);  // 0 − 200
        Assert.Null(r.Influencer("c").CostPerOrder);       // 200 / 0 orders
        Assert.Null(r.Influencer("d").Roas);               // 300 / 0
        Assert.Equal(300m, r.Influencer("d").NetReturn);
    }

    [Fact]
    public void InfluencersAreOrderedByRoasThenRevenueThenIdWithUndefinedLast()
    {
        Assert.Equal(["a", "c", "d", "b"], Fixture().Influencers.Select(i => i.InfluencerId));

        var tie = new DataBuilder()
            .Influencer("z").Influencer("x3").Influencer("x2").Influencer("x1").Influencer("n2").Influencer("n1")
            .Sale(0, "C", "x1", "P", 1, 200m).Pay("x1", 100m)   // ROAS 2, revenue 200
            .Sale(0, "C", "x2", "P", 1, 400m).Pay("x2", 200m)   // ROAS 2, revenue 400
            .Sale(0, "C", "x3", "P", 1, 400m).Pay("x3", 200m)   // ROAS 2, revenue 400: after x2 by id
            .Sale(0, "C", "z", "P", 1, 10m).Pay("z", 1m)        // ROAS 10
            .Sale(0, "C", "n1", "P", 1, 50m)                    // undefined, revenue 50
            .Sale(0, "C", "n2", "P", 1, 60m)                    // undefined, revenue 60
            .All();
        Assert.Equal(["z", "x2", "x3", "x1", "n2", "n1"], tie.Influencers.Select(i => i.InfluencerId));
    }

    [Fact]
    public void ReachZeroPostsCountAsPostsButNotInTheRates()
    {
        // 3 posts, the third with reach 0: rated posts 0.06 + 0.14 = 0.2 over 2 rated posts.
        var r = new DataBuilder()
            .Influencer("a", followers: 1_000)
            .Posts("a", posts: 3, reach: 1_000, likes: 110, comments: 10, rateSum: 0.2m, ratedPosts: 2, ratedEngagements: 100)
            .Pay("a", 240m, basis: PayoutBasis.Post)
            .All();
        var a = r.Influencer("a");

        Assert.Equal(0.1m, a.EngagementRate);             // 0.2 / 2
        Assert.Equal(0.1m, a.EngagementRateWeighted);     // 100 / 1000
        Assert.Equal(0.04m, a.EngagementRateFollowers);   // (110 + 10) / (3 × 1000)
        Assert.Equal(2m, a.CostPerEngagement);            // 240 / 120
        Assert.Equal(240m, a.Cpm);                        // 240 / 1000 × 1000
        Assert.Equal("post", a.PaymentBasis);
    }

    [Fact]
    public void PaymentBasisOrderOnly()
    {
        var r = new DataBuilder().Influencer("a").Pay("a", 1m, basis: PayoutBasis.Order).Pay("a", 2m, basis: PayoutBasis.Order).All();

        Assert.Equal("order", r.Influencer("a").PaymentBasis);
        Assert.Equal(3m, r.Influencer("a").Payout);
    }
}
