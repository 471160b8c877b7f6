using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

public sealed class PersonaTests
{
    private static PlatformReport Fixture() => new DataBuilder()
        .Influencer("p5", "YouTube", 5_000, "Fitness", "Female")
        .Influencer("p1", "Instagram", 5_000, "Fitness", "Female")
        .Influencer("p4", "Instagram", 5_000, "Fitness", "Male")
        .Influencer("p3", "Instagram", 10_000, "Fitness", "Female")
        .Influencer("p2", "Instagram", 9_999, "Fitness", "Female")
        // p1: one post at 10 / 100 = 0.1.
        .Posts("p1", posts: 1, reach: 100, likes: 10, comments: 0, rateSum: 0.1m)
        // p2: three posts, one with reach 0; rated 0.4 + 0.4 = 0.8 over 2 posts.
        .Posts("p2", posts: 3, reach: 300, likes: 60, comments: 0, rateSum: 0.8m, ratedPosts: 2, ratedEngagements: 60)
        .Sale(0, "C", "p1", "P", 2, 500m).Sale(0, "C", "p2", "P", 1, 300m)
        .Pay("p1", 100m).Pay("p2", 300m)
        .Pay("p3", 50m)
        .All();

    [Fact]
    public void PersonasGroupPlatformCategoryGenderAndTier()
    {
        var r = Fixture();

        Assert.Equal(
            ["Instagram · Fitness · Female · nano", "Instagram · Fitness · Female · micro", "Instagram · Fitness · Male · nano", "YouTube · Fitness · Female · nano"],
            r.Personas.Select(p => p.Label));
    }

    [Fact]
    public void PersonaSumsAndRates()
    {
        var p = Fixture().Personas[0];    // p1 and p2

        Assert.Equal(2, p.Influencers);
        Assert.Equal(4, p.Posts);                         // 1 + 3
        Assert.Equal(3, p.Orders);                        // 2 + 1
        Assert.Equal(800m, p.Revenue);                    // 500 + 300
        Assert.Equal(400m, p.Payout);                     // 100 + 300
        Assert.Equal(2m, p.Roas);                         // 800 / 400
        Assert.Equal(400m, p.NetReturn);                  // 800 − 400
        Assert.Equal(0.3m, p.EngagementRate);             // (0.1 + 0.8) / (1 + 2) — not the mean of means 0.25
        Assert.Equal(0.175m, p.EngagementRateWeighted);   // (10 + 60) / (100 + 300)
    }

    [Fact]
    public void PersonaWithoutPostsOrRevenue()
    {
        var micro = Fixture().Personas[1];    // p3

        Assert.Equal(FollowerTier.Micro, micro.Tier);
        Assert.Equal(0m, micro.Roas);                     // 0 / 50
        Assert.Null(micro.EngagementRate);
        Assert.Null(micro.EngagementRateWeighted);
        Assert.Null(Fixture().Personas[2].Roas);          // p4: no payout
    }
}
