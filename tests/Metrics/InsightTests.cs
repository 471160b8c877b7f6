using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

public sealed class InsightTests
{
    // ROAS: a 4 (400/100), b 4 (800/200), c 4 (800/200), d 1 (100/100), e unpaid with 5000.
    private static ReportInsights Influencers() => new DataBuilder()
        .Influencer("a").Influencer("c").Influencer("b").Influencer("d").Influencer("e")
        .Sale(0, "X", "a", "P", 1, 400m).Pay("a", 100m)
        .Sale(0, "X", "b", "P", 1, 800m).Pay("b", 200m)
        .Sale(0, "X", "c", "P", 1, 800m).Pay("c", 200m)
        .Sale(0, "X", "d", "P", 1, 100m).Pay("d", 100m)
        .Sale(0, "X", "e", "P", 1, 5_000m)
        .All().Insights;

    [Fact]
    public void BestRoasBreaksTiesByRevenueThenId()
    {
        var i = Influencers();

        Assert.Equal("b", i.BestRoas!.InfluencerId);                     // 4, revenue 800, id b < c
        Assert.Equal(4m, i.BestRoas.Roas);
        Assert.Equal(800m, i.BestRoas.Revenue);
        Assert.Equal(200m, i.BestRoas.Payout);
        Assert.Equal("Name b", i.BestRoas.Name);
        Assert.Equal(["c", "a"], i.RoasRunnersUp.Select(f => f.InfluencerId));   // 4 / 800, then 4 / 400
    }

    [Fact]
    public void TopRevenueNeedsNoPayout()
    {
        var top = Influencers().TopRevenue!;

        Assert.Equal("e", top.InfluencerId);
        Assert.Equal(5_000m, top.Revenue);
        Assert.Null(top.Roas);
    }

    [Fact]
    public void TopRevenueTieGoesToTheLowerId()
    {
        var i = new DataBuilder().Influencer("z").Influencer("m")
            .Sale(0, "X", "z", "P", 1, 50m).Sale(0, "X", "m", "P", 1, 50m)
            .All().Insights;

        Assert.Equal("m", i.TopRevenue!.InfluencerId);
    }

    [Fact]
    public void EngagementLeaderBreaksTiesByPostsThenId()
    {
        var i = new DataBuilder().Influencer("a").Influencer("b").Influencer("c").Influencer("d")
            .Posts("a", posts: 2, reach: 100, likes: 20, comments: 0, rateSum: 0.4m)     // 0.2, 2 posts
            .Posts("c", posts: 4, reach: 100, likes: 20, comments: 0, rateSum: 0.8m)     // 0.2, 4 posts
            .Posts("b", posts: 4, reach: 100, likes: 20, comments: 0, rateSum: 0.8m)     // 0.2, 4 posts
            .Posts("d", posts: 1, reach: 100, likes: 10, comments: 0, rateSum: 0.1m)     // 0.1
            .All().Insights;

        Assert.Equal("b", i.EngagementLeader!.InfluencerId);
        Assert.Equal(0.2m, i.EngagementLeader.EngagementRate);
    }

    [Fact]
    public void DominantBasisIsTheLargerPayoutShare()
    {
        var i = new DataBuilder().Influencer("a").Influencer("b").Influencer("c")
            .Pay("a", 100m, basis: PayoutBasis.Post)
            .Pay("b", 150m, basis: PayoutBasis.Order)
            .Pay("c", 150m, basis: PayoutBasis.Order)
            .All().Insights;

        Assert.Equal(new BasisFigure("order", 0.75m, 300m, 2), i.DominantBasis);    // 300 / 400
    }

    [Fact]
    public void CampaignsBelowOneAndBelowTheMedian()
    {
        // ROAS: Ca 0.5, Cb 0.5, Cc 2, Cd 3; Ce unpaid (undefined, left out).
        var i = new DataBuilder().Influencer("x")
            .Sale(0, "Cd", "x", "P", 1, 300m).Pay("x", 100m, "Cd")
            .Sale(0, "Cb", "x", "P", 1, 50m).Pay("x", 100m, "Cb")
            .Sale(0, "Ca", "x", "P", 1, 50m).Pay("x", 100m, "Ca")
            .Sale(0, "Cc", "x", "P", 1, 200m).Pay("x", 100m, "Cc")
            .Sale(0, "Ce", "x", "P", 1, 999m)
            .All().Insights;

        Assert.Equal(["Ca", "Cb"], i.CampaignsBelowOne.Select(c => c.Campaign));
        Assert.Equal(new CampaignFigure("Ca", 0.5m, 100m, 50m), i.CampaignsBelowOne[0]);
        Assert.Equal(1.25m, i.MedianCampaignRoas);                                  // (0.5 + 2) / 2
        Assert.Equal(["Ca", "Cb"], i.CampaignsBelowMedian.Select(c => c.Campaign));
    }

    [Fact]
    public void MedianOfAnOddCount()
    {
        // ROAS: C1 3, C2 0.5, C3 2 → median 2; below it only C2.
        var i = new DataBuilder().Influencer("x")
            .Sale(0, "C1", "x", "P", 1, 300m).Pay("x", 100m, "C1")
            .Sale(0, "C2", "x", "P", 1, 50m).Pay("x", 100m, "C2")
            .Sale(0, "C3", "x", "P", 1, 200m).Pay("x", 100m, "C3")
            .All().Insights;

        Assert.Equal(2m, i.MedianCampaignRoas);
        Assert.Equal(["C2"], i.CampaignsBelowMedian.Select(c => c.Campaign));
        Assert.Equal(["C2"], i.CampaignsBelowOne.Select(c => c.Campaign));
    }

    [Fact]
    public void BestAndWorstPersonaAmongThosePaid()
    {
        var i = new DataBuilder()
            .Influencer("a", "Instagram", 5_000).Influencer("b", "YouTube", 5_000)
            .Influencer("c", "Twitter", 5_000).Influencer("d", "Instagram", 50_000)
            .Sale(0, "X", "a", "P", 1, 300m).Pay("a", 100m)      // Instagram nano: 3
            .Sale(0, "X", "b", "P", 1, 50m).Pay("b", 100m)       // YouTube nano: 0.5
            .Sale(0, "X", "c", "P", 1, 9_000m)                    // Twitter nano: unpaid, left out
            .Sale(0, "X", "d", "P", 1, 100m).Pay("d", 100m)      // Instagram micro: 1
            .All().Insights;

        Assert.Equal(new PersonaFigure("Instagram · Fitness · Female · nano", 3m, 300m, 100m, 1), i.BestPersona);
        Assert.Equal(new PersonaFigure("YouTube · Fitness · Female · nano", 0.5m, 50m, 100m, 1), i.WorstPersona);
    }

    [Fact]
    public void OnePaidPersonaHasNoWorst()
    {
        var i = new DataBuilder().Influencer("a").Influencer("b", "YouTube")
            .Sale(0, "X", "a", "P", 1, 300m).Pay("a", 100m)
            .All().Insights;

        Assert.Equal("Instagram · Fitness · Female · nano", i.BestPersona!.Label);
        Assert.Null(i.WorstPersona);
    }

    [Fact]
    public void NoPayoutMeansNoRoasInsights()
    {
        var i = new DataBuilder().Influencer("a").Sale(0, "X", "a", "P", 1, 10m).All().Insights;

        Assert.Null(i.BestRoas);
        Assert.Empty(i.RoasRunnersUp);
        Assert.Null(i.DominantBasis);
        Assert.Empty(i.CampaignsBelowOne);
        Assert.Null(i.MedianCampaignRoas);
        Assert.Empty(i.CampaignsBelowMedian);
        Assert.Null(i.BestPersona);
        Assert.Null(i.WorstPersona);
        Assert.Equal("a", i.TopRevenue!.InfluencerId);
    }

    [Fact]
    public void EmptyDataHasNoInsights()
    {
        var i = new DataBuilder().All().Insights;

        Assert.Null(i.BestRoas);
        Assert.Empty(i.RoasRunnersUp);
        Assert.Null(i.TopRevenue);
        Assert.Null(i.EngagementLeader);
        Assert.Null(i.DominantBasis);
        Assert.Empty(i.CampaignsBelowOne);
        Assert.Null(i.MedianCampaignRoas);
        Assert.Empty(i.CampaignsBelowMedian);
        Assert.Null(i.BestPersona);
        Assert.Null(i.WorstPersona);
    }
}
