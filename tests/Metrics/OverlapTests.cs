using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

public sealed class OverlapTests
{
    [Fact]
    public void CampaignsOverlapWhenWindowsIntersectOnASharedProduct()
    {
        var r = new DataBuilder().Influencer("a")
            .Sale(0, "C1", "a", "P", 1, 1m).Sale(5, "C1", "a", "Q", 1, 1m)    // days 0..5, P and Q
            .Sale(5, "C2", "a", "Q", 1, 1m).Sale(8, "C2", "a", "Q", 1, 1m)    // days 5..8, Q: touches C1 on day 5
            .Sale(6, "C3", "a", "P", 1, 1m).Sale(9, "C3", "a", "P", 1, 1m)    // days 6..9, P: meets C2 in time but not product
            .Sale(2, "C4", "a", "R", 1, 1m).Sale(3, "C4", "a", "R", 1, 1m)    // days 2..3, R: no shared product
            .Sale(0, "C5", "a", "P", 1, 1m).Sale(9, "C5", "a", "Q", 1, 1m)    // days 0..9, P and Q
            .All();

        Assert.Equal(["C2", "C5"], r.Campaign("C1").Overlaps.First);
        Assert.Equal(["C1", "C5"], r.Campaign("C2").Overlaps.First);
        Assert.Equal(["C5"], r.Campaign("C3").Overlaps.First);
        Assert.Empty(r.Campaign("C4").Overlaps.First);
        Assert.False(r.Campaign("C4").OverlapFlag);
        Assert.Equal(["C1", "C2", "C3"], r.Campaign("C5").Overlaps.First);
        Assert.True(r.Campaign("C5").OverlapFlag);
    }

    [Fact]
    public void AdjacentWindowsDoNotOverlap()
    {
        var r = new DataBuilder().Influencer("a")
            .Sale(0, "C1", "a", "P", 1, 1m).Sale(4, "C1", "a", "P", 1, 1m)
            .Sale(5, "C2", "a", "P", 1, 1m)
            .All();

        Assert.False(r.Campaign("C1").OverlapFlag);
        Assert.False(r.Campaign("C2").OverlapFlag);
    }

    [Fact]
    public void Ten_thousand_campaigns_on_one_product_and_day_are_counted_not_listed()
    {
        // Every pair overlaps: the count is exact and only the first three names are kept (ordinal).
        var day = new DateOnly(2025, 3, 1);
        var windows = Enumerable.Range(0, 10_000)
            .Select(i => new CampaignWindow($"C{i:00000}", day, day, new HashSet<string>(StringComparer.Ordinal) { "Whey" }))
            .ToList();

        var found = OverlapDetector.Find(windows);

        Assert.All(found.Values, o => Assert.Equal(9_999, o.Count));
        Assert.Equal(["C00001", "C00002", "C00003"], found["C00000"].First);
        Assert.Equal(["C00000", "C00001", "C00002"], found["C09999"].First);
    }
}
