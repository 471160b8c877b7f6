using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

public sealed class PlatformViewTests
{
    // y1 (YouTube) has the earliest row, day 0; Instagram's campaign starts on day 28.
    private static ReportModel Fixture() => new DataBuilder()
        .Influencer("i1", "Instagram").Influencer("y1", "YouTube").Influencer("i2", "Instagram").Influencer("t1", "Twitter")
        .Posts("i1", 2, 100, 10, 0).Posts("y1", 5, 100, 10, 0)
        .Sale(0, "Shared", "y1", "Whey", 1, 100m)
        .Sale(28, "Shared", "i1", "Whey", 2, 400m)
        .Sale(29, "Insta", "i2", "Fish Oil", 3, 300m)
        .Organic(1, "Whey", 280m)
        .Organic(28, "Whey", 20m)
        .Pay("i1", 100m, "Shared")
        .Pay("i2", 50m)
        .Pay("y1", 25m)
        .Issue("Instagram").Issue("YouTube").Issue("")
        .Report();

    [Fact]
    public void OneViewPerPlatformOrderedByName()
    {
        var m = Fixture();

        Assert.Equal("All", m.All.Name);
        Assert.True(m.All.IsAll);
        Assert.Equal(["Instagram", "Twitter", "YouTube"], m.Platforms.Select(p => p.Name));
        Assert.All(m.Platforms, p => Assert.False(p.IsAll));
        Assert.Equal(["All", "Instagram", "Twitter", "YouTube"], m.Views.Select(v => v.Name));
        Assert.Equal(["a notice"], m.Notices);
        Assert.Equal(DataBuilder.Day(0), m.DataStart);
        Assert.Equal(DataBuilder.Day(29), m.DataEnd);
    }

    [Fact]
    public void PlatformsAreOrderedIgnoringCase()
    {
        var m = new DataBuilder().Influencer("a", "beta").Influencer("b", "Gamma").Influencer("c", "alpha").Report();

        Assert.Equal(["alpha", "beta", "Gamma"], m.Platforms.Select(p => p.Name));
    }

    [Fact]
    public void PlatformSumsAddUpToAll()
    {
        var m = Fixture();

        Assert.Equal(800m, m.All.Kpis.Revenue);                                 // 100 + 400 + 300
        Assert.Equal(m.All.Kpis.Revenue, m.Platforms.Sum(p => p.Kpis.Revenue));
        Assert.Equal(6, m.All.Kpis.Orders);                                     // 1 + 2 + 3
        Assert.Equal(m.All.Kpis.Orders, m.Platforms.Sum(p => p.Kpis.Orders));
        Assert.Equal(175m, m.All.Kpis.Payout);                                  // 100 + 50 + 25
        Assert.Equal(m.All.Kpis.Payout, m.Platforms.Sum(p => p.Kpis.Payout));
        Assert.Equal(4, m.All.Kpis.Influencers);
        Assert.Equal([2L, 1L, 1L], m.Platforms.Select(p => p.Kpis.Influencers));
        Assert.Equal([2L, 0L, 5L], m.Platforms.Select(p => p.Kpis.Posts));
    }

    [Fact]
    public void EveryViewKeepsAllOrganicRevenue()
    {
        var m = Fixture();

        Assert.All(m.Views, v => Assert.Equal(300m, v.Kpis.OrganicRevenue));   // 280 + 20
    }

    [Fact]
    public void PlatformViewOfASharedCampaignHoldsOnlyItsInfluencers()
    {
        var insta = Fixture().Platform("Instagram");
        var shared = insta.Campaign("Shared");

        Assert.Equal(["i1", "i2"], insta.Influencers.Select(i => i.InfluencerId).Order(StringComparer.Ordinal));
        Assert.Equal(400m, shared.Revenue);                     // i1 only; y1's 100 is YouTube's
        Assert.Equal(1, shared.Influencers);
        Assert.Equal(DataBuilder.Day(28), shared.StartDate);

        // The data still starts on day 0 in this view, so the pre-period days 0..27 is covered:
        // b = 280 / 28 = 10; window day 28: 400 + 20 organic = 420; incremental 420 − 10 = 410; / 100.
        Assert.Equal("", shared.Naive.Note);
        Assert.Equal(420m, shared.Naive.WindowRevenue);
        Assert.Equal(410m, shared.Naive.IncrementalRevenue);
        Assert.Equal(4.1m, shared.Naive.Iroas);
        Assert.Equal(DataBuilder.Day(0), insta.Trend[0].Date);
    }

    [Fact]
    public void IssuesFollowTheirPlatform()
    {
        var m = Fixture();

        Assert.Equal(3, m.All.Issues.Count);
        Assert.Equal(["Instagram"], m.Platform("Instagram").Issues.Select(i => i.Platform));
        Assert.Equal(["YouTube"], m.Platform("YouTube").Issues.Select(i => i.Platform));
        Assert.Empty(m.Platform("Twitter").Issues);
    }
}
