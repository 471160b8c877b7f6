using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

public sealed class BrandTests
{
    // C1: a (paid 280) sold MuscleBlaze 3 orders and HKVitals 1 order: its 280 → 210 and 70. b sold
    //     HKVitals 4 orders but is not paid: its orders move no payout (by C1's orders, 3 : 5, a's fee
    //     would have given HKVitals 175, most of it for orders a did not sell).
    // C2: no orders; revenue MuscleBlaze 90, Gritzo 270; payout 120 → 30 and 90.
    // C3: neither orders nor revenue; its payout 10 goes to no brand.
    private static PlatformReport Fixture() => new DataBuilder()
        .Influencer("a").Influencer("b").Influencer("c").Influencer("d")
        .Sale(0, "C1", "a", "Whey", 3, 510m, "MuscleBlaze")
        .Sale(0, "C1", "a", "Multivitamin", 1, 140m, "HKVitals")
        .Sale(0, "C1", "b", "Multivitamin", 4, 70m, "HKVitals")
        .Sale(1, "C2", "c", "Whey", 0, 90m, "MuscleBlaze")
        .Sale(1, "C2", "c", "Kids Protein", 0, 270m, "Gritzo")
        .Sale(2, "C3", "d", "Whey", 0, 0m, "MuscleBlaze")
        .Organic(0, "Whey", 50m, "MuscleBlaze")
        .Organic(0, "Loose", 999m, "Unbranded")
        .Pay("a", 280m, "C1")
        .Pay("c", 120m, "C2")
        .Pay("d", 10m, "C3")
        .All();

    [Fact]
    public void BrandsAreListedByNameIncludingOrganicOnlyOnes()
    {
        Assert.Equal(["Gritzo", "HKVitals", "MuscleBlaze", "Unbranded"], Fixture().Brands.Select(b => b.Brand));
    }

    [Fact]
    public void EachInfluencersCampaignPayoutIsSplitByItsOwnOrdersThenRevenue()
    {
        var r = Fixture();

        Assert.Equal(240m, r.Brand("MuscleBlaze").Payout);    // 280 × 3/4 + 120 × 90/360
        Assert.Equal(70m, r.Brand("HKVitals").Payout);        // a's 280 × 1/4 (b's 4 orders count for nothing)
        Assert.Equal(90m, r.Brand("Gritzo").Payout);          // 120 × 270/360
        Assert.Equal(400m, r.Brands.Sum(b => b.Payout));      // 410 paid − C3's 10
    }

    [Fact]
    public void BrandSums()
    {
        var mb = Fixture().Brand("MuscleBlaze");

        Assert.Equal(3, mb.Orders);
        Assert.Equal(600m, mb.Revenue);                       // 510 + 90 + 0
        Assert.Equal(50m, mb.OrganicRevenue);
        Assert.Equal(3, mb.Campaigns);                        // C1, C2, C3
        Assert.Equal(3, mb.Influencers);                      // a, c, d
        Assert.Equal(2.5m, mb.Roas);                          // 600 / 240
        Assert.Equal(360m, mb.NetReturn);                     // 600 − 240

        Assert.Equal(3m, Fixture().Brand("HKVitals").Roas);   // (140 + 70) / 70
        Assert.Equal(3m, Fixture().Brand("Gritzo").Roas);     // 270 / 90
    }

    [Fact]
    public void OrganicOnlyBrandHasNoPayoutAndNoRoas()
    {
        var u = Fixture().Brand("Unbranded");

        Assert.Equal(999m, u.OrganicRevenue);
        Assert.Equal(0m, u.Revenue);
        Assert.Equal(0m, u.Payout);
        Assert.Null(u.Roas);
        Assert.Equal(0, u.Campaigns);
        Assert.Equal(0, u.Influencers);
    }
}
