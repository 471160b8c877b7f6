namespace RoiReportGen.Tests.Metrics;

public sealed class CampaignMetricsTests
{
    [Fact]
    public void CampaignSumsItsAttributedRows()
    {
        var r = new DataBuilder().Influencer("a").Influencer("b")
            .Sale(3, "C", "a", "Whey", 2, 200m, brand: "MuscleBlaze")
            .Sale(5, "C", "b", "Biozyme", 1, 100m, brand: "MuscleBlaze")
            .Sale(7, "C", "a", "Multivitamin", 3, 300m, brand: "HKVitals")
            .Sale(4, "Other", "b", "Whey", 9, 900m)
            .Organic(5, "Whey", 1_000m)
            .Pay("a", 150m, "C")
            .All();
        var c = r.Campaign("C");

        Assert.Equal("HKVitals; MuscleBlaze", c.Brand);                    // ordinal order
        Assert.Equal(DataBuilder.Day(3), c.StartDate);
        Assert.Equal(DataBuilder.Day(7), c.EndDate);
        Assert.Equal(5, c.WindowDays);                                     // days 3..7 inclusive
        Assert.Equal(["Biozyme", "Multivitamin", "Whey"], c.Products);
        Assert.Equal(2, c.Influencers);                                    // a, b
        Assert.Equal(6, c.Orders);                                         // 2 + 1 + 3
        Assert.Equal(600m, c.Revenue);                                     // 200 + 100 + 300
        Assert.Equal(150m, c.Payout);
        Assert.Equal(0m, c.AllocatedPayout);
        Assert.Equal(4m, c.Roas);                                          // 600 / 150
        Assert.Equal(450m, c.NetReturn);                                   // 600 − 150
    }

    [Fact]
    public void RoasIsNullWithoutPayout()
    {
        var r = new DataBuilder().Influencer("a").Sale(0, "C", "a", "P", 1, 100m).All();

        Assert.Null(r.Campaign("C").Roas);
        Assert.Equal(100m, r.Campaign("C").NetReturn);
    }
}
