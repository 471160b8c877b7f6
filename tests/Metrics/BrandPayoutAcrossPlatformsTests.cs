using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

/// <summary>Issue 12 item 5: brand payout adds up across platform views when a campaign sells several brands.</summary>
public sealed class BrandPayoutAcrossPlatformsTests
{
    // Campaign Duo sells two brands through two influencers on two platforms, each selling one brand:
    // ig (Instagram) sells MuscleBlaze, 1 order, and is paid 300 on Duo; yt (YouTube) sells HKVitals,
    // 3 orders, and is paid 200 without a campaign (all of it allocated to Duo, its only campaign).
    // Split by Duo's orders (1 : 3) the All view gave MuscleBlaze 500 × 1/4 = 125 and HKVitals 375,
    // while the Instagram view gave MuscleBlaze 300 and the YouTube view HKVitals 200.
    private static ReportModel Fixture() => new DataBuilder()
        .Influencer("ig", platform: "Instagram")
        .Influencer("yt", platform: "YouTube")
        .Sale(0, "Duo", "ig", "Whey", 1, 1_000m, "MuscleBlaze")
        .Sale(1, "Duo", "yt", "Multivitamin", 3, 900m, "HKVitals")
        .Pay("ig", 300m, "Duo")
        .Pay("yt", 200m)
        .Report();

    [Fact]
    public void EachInfluencersFeeLandsOnlyOnTheBrandItSold()
    {
        var all = Fixture().All;

        Assert.Equal(500m, all.Campaign("Duo").Payout);          // 300 named + 200 allocated
        Assert.Equal(300m, all.Brand("MuscleBlaze").Payout);     // ig's 300 × 1/1
        Assert.Equal(200m, all.Brand("HKVitals").Payout);        // yt's 200 × 3/3
        Assert.Equal(3.3333333333333333333333333333m, all.Brand("MuscleBlaze").Roas);   // 1000 / 300
        Assert.Equal(4.5m, all.Brand("HKVitals").Roas);          // 900 / 200
    }

    [Fact]
    public void BrandPayoutsOfThePlatformViewsAddUpToAll()
    {
        var m = Fixture();
        var instagram = m.Platform("Instagram");
        var youtube = m.Platform("YouTube");

        Assert.Equal(300m, instagram.Brand("MuscleBlaze").Payout);
        Assert.Equal(200m, youtube.Brand("HKVitals").Payout);
        foreach (var brand in m.All.Brands)
        {
            Assert.Equal(brand.Payout, m.Platforms.Sum(p => p.Brands.SingleOrDefault(b => b.Brand == brand.Brand)?.Payout ?? 0m));
        }
    }

    [Fact]
    public void AFeeInACampaignTheInfluencerSoldNothingInGoesToNoBrand()
    {
        // "lurker" is paid 90 on Duo but sold nothing in it: the 90 is Duo's payout, no brand's.
        var all = new DataBuilder()
            .Influencer("ig").Influencer("lurker")
            .Sale(0, "Duo", "ig", "Whey", 1, 1_000m, "MuscleBlaze")
            .Pay("ig", 300m, "Duo")
            .Pay("lurker", 90m, "Duo")
            .All();

        Assert.Equal(390m, all.Campaign("Duo").Payout);          // 300 + 90
        Assert.Equal(300m, all.Brand("MuscleBlaze").Payout);     // ig's fee only
    }
}
