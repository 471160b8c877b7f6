namespace RoiReportGen.Tests.Metrics;

public sealed class KpiTests
{
    [Fact]
    public void HeadlineFigures()
    {
        var k = new DataBuilder()
            .Influencer("a").Influencer("b").Influencer("idle")
            .Posts("a", posts: 3, reach: 100, likes: 1, comments: 1)
            .Posts("b", posts: 2, reach: 100, likes: 1, comments: 1)
            .Sale(0, "C", "a", "P", 4, 1_000m)
            .Sale(1, "C", "b", "P", 1, 500m)
            .Organic(1, "P", 300m, orders: 7)
            .Pay("a", 200m, "C")
            .Pay("a", 100m)
            .Pay("b", 300m)
            .All().Kpis;

        Assert.Equal(1_500m, k.Revenue);          // 1000 + 500 attributed
        Assert.Equal(300m, k.OrganicRevenue);
        Assert.Equal(5, k.Orders);                // 4 + 1: organic orders are not attributed
        Assert.Equal(600m, k.Payout);             // 200 + 100 + 300
        Assert.Equal(2.5m, k.Roas);               // 1500 / 600
        Assert.Equal(900m, k.NetReturn);          // 1500 − 600
        Assert.Equal(3, k.Influencers);           // the roster, idle included
        Assert.Equal(5, k.Posts);                 // 3 + 2
        Assert.Equal(0m, k.UnallocatedPayout);
        Assert.Null(k.Iroas.Iroas);                     // the only campaign has no baseline (day 0 − 28 < day 0)
    }

    [Fact]
    public void EmptyDataHasUndefinedRatios()
    {
        var r = new DataBuilder().All();

        Assert.Equal(0m, r.Kpis.Revenue);
        Assert.Equal(0m, r.Kpis.Payout);
        Assert.Null(r.Kpis.Roas);
        Assert.Null(r.Kpis.Iroas.Iroas);
        Assert.Empty(r.Influencers);
        Assert.Empty(r.Campaigns);
        Assert.Empty(r.Trend);
        Assert.Empty(r.Brands);
        Assert.Empty(r.Personas);
    }
}
