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

        Assert.Equal(["C2", "C5"], r.Campaign("C1").OverlapsWith);
        Assert.Equal(["C1", "C5"], r.Campaign("C2").OverlapsWith);
        Assert.Equal(["C5"], r.Campaign("C3").OverlapsWith);
        Assert.Empty(r.Campaign("C4").OverlapsWith);
        Assert.False(r.Campaign("C4").OverlapFlag);
        Assert.Equal(["C1", "C2", "C3"], r.Campaign("C5").OverlapsWith);
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
}
