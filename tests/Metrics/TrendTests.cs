namespace RoiReportGen.Tests.Metrics;

public sealed class TrendTests
{
    [Fact]
    public void EveryDayIsPresentWithATrailingMean()
    {
        var t = new DataBuilder().Influencer("a")
            .Sale(0, "C", "a", "P", 1, 70m)
            .Sale(3, "C", "a", "P", 1, 100m).Sale(3, "D", "a", "Q", 1, 40m)
            .Sale(9, "C", "a", "P", 1, 7m)
            .Organic(0, "P", 7m)
            .Organic(8, "P", 14m)
            .All().Trend;

        Assert.Equal(10, t.Count);                                          // days 0..9
        Assert.Equal(Enumerable.Range(0, 10).Select(DataBuilder.Day), t.Select(p => p.Date));
        Assert.Equal([70m, 0m, 0m, 140m, 0m, 0m, 0m, 0m, 0m, 7m], t.Select(p => p.AttributedRevenue));
        Assert.Equal([7m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 14m, 0m], t.Select(p => p.OrganicRevenue));

        Assert.All(t.Take(6), p => Assert.Null(p.AttributedRolling7));
        Assert.All(t.Take(6), p => Assert.Null(p.OrganicRolling7));
        Assert.Equal(30m, t[6].AttributedRolling7);    // days 0..6: (70 + 140) / 7
        Assert.Equal(20m, t[7].AttributedRolling7);    // days 1..7: 140 / 7
        Assert.Equal(20m, t[8].AttributedRolling7);    // days 2..8: 140 / 7
        Assert.Equal(21m, t[9].AttributedRolling7);    // days 3..9: (140 + 7) / 7
        Assert.Equal(1m, t[6].OrganicRolling7);        // days 0..6: 7 / 7
        Assert.Equal(0m, t[7].OrganicRolling7);        // days 1..7
        Assert.Equal(2m, t[9].OrganicRolling7);        // days 3..9: 14 / 7
    }
}
