using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

public sealed class PayoutAllocationTests
{
    // a: campaign-less 400 split by orders 3 : 1 over C1 and C2, plus 50 paid on C2 directly.
    // b: no orders, campaign-less 200 split by revenue 100 : 300 over C1 and C3.
    // u: campaign-less 70 and no attributed rows at all: unallocated.
    private static PlatformReport Fixture() => new DataBuilder()
        .Influencer("a").Influencer("b").Influencer("u")
        .Sale(0, "C1", "a", "P", 3, 300m)
        .Sale(1, "C2", "a", "P", 1, 900m)
        .Sale(0, "C1", "b", "P", 0, 100m)
        .Sale(2, "C3", "b", "P", 0, 300m)
        .Pay("a", 400m)
        .Pay("a", 50m, "C2")
        .Pay("b", 200m)
        .Pay("u", 70m)
        .All();

    [Fact]
    public void CampaignLessPayoutIsSplitByOrders()
    {
        var r = Fixture();

        // C1: a's 400 × 3/4 = 300, plus b's 200 × 100/400 = 50.
        Assert.Equal(350m, r.Campaign("C1").Payout);
        Assert.Equal(350m, r.Campaign("C1").AllocatedPayout);

        // C2: 50 named + a's 400 × 1/4 = 100.
        Assert.Equal(150m, r.Campaign("C2").Payout);
        Assert.Equal(100m, r.Campaign("C2").AllocatedPayout);
    }

    [Fact]
    public void WithoutOrdersThePayoutIsSplitByRevenue()
    {
        // C3: b's 200 × 300/400 = 150.
        Assert.Equal(150m, Fixture().Campaign("C3").Payout);
    }

    [Fact]
    public void PayoutOfAnInfluencerWithNeitherOrdersNorRevenueIsUnallocated()
    {
        var r = Fixture();

        Assert.Equal(70m, r.Kpis.UnallocatedPayout);
        Assert.Equal(720m, r.Kpis.Payout);                      // 400 + 50 + 200 + 70
        Assert.Equal(650m, r.Campaigns.Sum(c => c.Payout));     // 720 − 70 unallocated
    }

    [Fact]
    public void CampaignsWithoutOrdersGetNothingWhenTheInfluencerHasOrdersElsewhere()
    {
        var r = new DataBuilder().Influencer("a")
            .Sale(0, "C1", "a", "P", 2, 10m)
            .Sale(0, "C2", "a", "P", 0, 1_000m)
            .Pay("a", 100m)
            .All();

        Assert.Equal(100m, r.Campaign("C1").Payout);   // 100 × 2/2
        Assert.Equal(0m, r.Campaign("C2").Payout);
        Assert.Null(r.Campaign("C2").Roas);           // 1000 / 0
        Assert.Equal(0m, r.Kpis.UnallocatedPayout);
    }

    [Fact]
    public void AllocationConservesPayoutExactly()
    {
        // 100 over three equal shares: 33.33… twice, the last takes the remainder.
        var r = new DataBuilder().Influencer("t")
            .Sale(0, "A", "t", "P", 1, 1m)
            .Sale(0, "B", "t", "P", 1, 1m)
            .Sale(0, "C", "t", "P", 1, 1m)
            .Pay("t", 100m)
            .All();

        Assert.Equal(100m, r.Campaigns.Sum(c => c.Payout));
        Assert.All(r.Campaigns, c => Assert.InRange(c.Payout, 33.3333m, 33.3334m));
    }

    [Fact]
    public void ACampaignOnlyInPayoutsGetsARowWithoutAWindow()
    {
        var r = new DataBuilder().Influencer("a")
            .Sale(0, "Real", "a", "P", 1, 10m)
            .Pay("a", 500m, "Ghost", PayoutBasis.Order)
            .All();
        var ghost = r.Campaign("Ghost");

        Assert.Null(ghost.StartDate);
        Assert.Null(ghost.EndDate);
        Assert.Equal(0, ghost.WindowDays);
        Assert.Empty(ghost.Products);
        Assert.Equal("", ghost.Brand);
        Assert.Equal(0m, ghost.Revenue);
        Assert.Equal(500m, ghost.Payout);
        Assert.Equal(0m, ghost.Roas);                 // 0 / 500
        Assert.Equal(-500m, ghost.NetReturn);
        Assert.Null(ghost.Naive.WindowRevenue);
        Assert.Null(ghost.Naive.BaselineRevenue);
        Assert.Null(ghost.Naive.IncrementalRevenue);
        Assert.Null(ghost.Naive.Iroas);
        Assert.Equal("no window", ghost.Naive.Note);
        Assert.False(ghost.OverlapFlag);
        Assert.Equal(["Ghost", "Real"], r.Campaigns.Select(c => c.Campaign));
    }
}
