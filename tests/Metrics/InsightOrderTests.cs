using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

/// <summary>
/// Issue 12 item 6: the orders, tie-breaks and boundaries of the insights that a mutation run showed no
/// test pinned down (generator/Metrics/README.md states them).
/// </summary>
public sealed class InsightOrderTests
{
    [Fact]
    public void RoasOfExactlyOneIsNotBelowBreakEven()
    {
        // ROAS: Even 100/100 = 1 (breaks even), Loss 99.99/100 = 0.9999.
        var i = new DataBuilder().Influencer("x")
            .Sale(0, "Even", "x", "P", 1, 100m).Pay("x", 100m, "Even")
            .Sale(0, "Loss", "x", "P", 1, 99.99m).Pay("x", 100m, "Loss")
            .All().Insights;

        Assert.Equal(["Loss"], i.CampaignsBelowOne.Select(c => c.Campaign));
    }

    [Fact]
    public void CampaignsBelowBreakEvenAreListedLowestRoasFirst()
    {
        // Names in the opposite order of ROAS: Aa 0.8, Mm 0.5, Zz 0.2 → Zz, Mm, Aa.
        var i = new DataBuilder().Influencer("x")
            .Sale(0, "Aa", "x", "P", 1, 80m).Pay("x", 100m, "Aa")
            .Sale(0, "Mm", "x", "P", 1, 50m).Pay("x", 100m, "Mm")
            .Sale(0, "Zz", "x", "P", 1, 20m).Pay("x", 100m, "Zz")
            .All().Insights;

        Assert.Equal(["Zz", "Mm", "Aa"], i.CampaignsBelowOne.Select(c => c.Campaign));
        Assert.Equal(0.5m, i.MedianCampaignRoas);
        Assert.Equal(["Zz"], i.CampaignsBelowMedian.Select(c => c.Campaign));   // 0.5 itself is not below 0.5
    }

    [Fact]
    public void AnInfluencerWithNoRevenueIsNeverTopRevenue()
    {
        // Paid, posting, with an attributed row of 0 orders and ₹0: nobody earned anything.
        var i = new DataBuilder().Influencer("a")
            .Posts("a", posts: 1, reach: 100, likes: 10, comments: 0, rateSum: 0.1m)
            .Sale(0, "X", "a", "P", 0, 0m).Pay("a", 100m)
            .All().Insights;

        Assert.Null(i.TopRevenue);
        Assert.Equal("a", i.BestRoas!.InfluencerId);     // ROAS 0 / 100 = 0 is defined
        Assert.Equal(0m, i.BestRoas.Roas);
    }

    [Fact]
    public void PersonasTieOnRoasByRevenueThenLabel()
    {
        // Every persona has ROAS 2. Twitter and YouTube tie on revenue (400) too, so the label decides
        // (Twitter < YouTube); Instagram has less revenue (200) and is last: the worst.
        var i = new DataBuilder()
            .Influencer("y", "YouTube").Influencer("t", "Twitter").Influencer("g", "Instagram")
            .Sale(0, "X", "y", "P", 1, 400m).Pay("y", 200m)
            .Sale(0, "X", "t", "P", 1, 400m).Pay("t", 200m)
            .Sale(0, "X", "g", "P", 1, 200m).Pay("g", 100m)
            .All().Insights;

        Assert.Equal("Twitter · Fitness · Female · nano", i.BestPersona!.Label);
        Assert.Equal("Instagram · Fitness · Female · nano", i.WorstPersona!.Label);
    }

    [Fact]
    public void PersonasTiedOnRoasAndRevenueRankByLabelSoTheWorstIsTheLastLabel()
    {
        var i = new DataBuilder()
            .Influencer("y", "YouTube").Influencer("g", "Instagram")
            .Sale(0, "X", "y", "P", 1, 300m).Pay("y", 100m)
            .Sale(0, "X", "g", "P", 1, 300m).Pay("g", 100m)
            .All().Insights;

        Assert.Equal("Instagram · Fitness · Female · nano", i.BestPersona!.Label);
        Assert.Equal("YouTube · Fitness · Female · nano", i.WorstPersona!.Label);
    }

    [Fact]
    public void DominantBasisTiedOnPayoutGoesToTheBasisWithMoreInfluencers()
    {
        // 200 each: post by one influencer, order by two.
        var i = new DataBuilder().Influencer("a").Influencer("b").Influencer("c")
            .Pay("a", 200m, basis: PayoutBasis.Post)
            .Pay("b", 100m, basis: PayoutBasis.Order)
            .Pay("c", 100m, basis: PayoutBasis.Order)
            .All().Insights;

        Assert.Equal(new BasisFigure("order", 0.5m, 200m, 2), i.DominantBasis);
    }

    [Fact]
    public void DominantBasisTiedOnPayoutAndInfluencersIsPost()
    {
        var i = new DataBuilder().Influencer("a").Influencer("b")
            .Pay("a", 150m, basis: PayoutBasis.Order)
            .Pay("b", 150m, basis: PayoutBasis.Post)
            .All().Insights;

        Assert.Equal(new BasisFigure("post", 0.5m, 150m, 1), i.DominantBasis);
    }
}
