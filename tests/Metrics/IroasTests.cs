using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

public sealed class IroasTests
{
    // Data starts on day 0. C1: days 30..32 on product P; C2: day 31 on P (so they overlap).
    // Organic P in C1's pre-period (days 2..29): 1400 on day 5 and 1400 on day 20.
    private static PlatformReport Covered(int baselineDays = 28) => new DataBuilder()
        .Influencer("a").Influencer("b")
        .Organic(0, "Q", 50m)
        .Organic(1, "P", 9_999m)        // before both pre-periods
        .Organic(5, "P", 1_400m)
        .Organic(20, "P", 1_400m)
        .Organic(31, "P", 200m)         // inside both windows
        .Organic(31, "Q", 777m)         // another product
        .Organic(31, "p", 1_000m)       // products match by exact name
        .Sale(30, "C1", "a", "P", 1, 500m)
        .Sale(32, "C1", "a", "P", 1, 300m)
        .Sale(31, "C2", "b", "P", 1, 100m)
        .Pay("a", 400m, "C1")
        .Pay("b", 400m, "C2")
        .All(baselineDays);

    [Fact]
    public void CoveredBaseline()
    {
        var c1 = Covered().Campaign("C1");

        Assert.Equal(3, c1.WindowDays);                       // days 30..32
        Assert.Equal(1_100m, c1.Naive.WindowRevenue);               // 500 + 300 (C1) + 100 (C2) + 200 organic
        Assert.Equal(100m, c1.Naive.BaselineDailyRevenue);          // (1400 + 1400) / 28
        Assert.Equal(300m, c1.Naive.BaselineRevenue);               // 100 × 3
        Assert.Equal(800m, c1.Naive.IncrementalRevenue);            // 1100 − 300
        Assert.Equal(2m, c1.Naive.Iroas);                           // 800 / 400
        Assert.Equal("", c1.Naive.Note);
    }

    [Fact]
    public void PrePeriodEndsTheDayBeforeTheWindow()
    {
        var c2 = Covered().Campaign("C2");

        // Pre-period days 3..30: organic P 1400 + 1400 (C1's attributed 500 on day 30 is not organic).
        Assert.Equal(100m, c2.Naive.BaselineDailyRevenue);          // 2800 / 28
        Assert.Equal(300m, c2.Naive.WindowRevenue);                 // day 31: 100 (C2) + 200 organic
        Assert.Equal(100m, c2.Naive.BaselineRevenue);               // 100 × 1
        Assert.Equal(200m, c2.Naive.IncrementalRevenue);            // 300 − 100
        Assert.Equal(0.5m, c2.Naive.Iroas);                         // 200 / 400
    }

    [Fact]
    public void CoveredPrePeriodWithoutOrganicRevenueIsABaselineOfZero()
    {
        var c = new DataBuilder().Influencer("a")
            .Organic(0, "Other", 10m)                         // the data starts on day 0
            .Sale(30, "C", "a", "P", 1, 250m)
            .Sale(31, "C", "a", "P", 1, 150m)
            .Pay("a", 100m, "C")
            .All().Campaign("C");

        Assert.Equal(0m, c.Naive.BaselineDailyRevenue);
        Assert.Equal(0m, c.Naive.BaselineRevenue);
        Assert.Equal(400m, c.Naive.IncrementalRevenue);             // 250 + 150 − 0
        Assert.Equal(4m, c.Naive.Iroas);                            // 400 / 100
        Assert.Equal("", c.Naive.Note);
    }

    [Fact]
    public void PrePeriodBeforeTheDataHasNoBaseline()
    {
        var r = new DataBuilder().Influencer("a")
            .Organic(0, "P", 10m)
            .Sale(10, "C", "a", "P", 1, 250m)                 // pre-period would start on day −18
            .Pay("a", 100m, "C")
            .All();
        var c = r.Campaign("C");

        Assert.Equal(250m, c.Naive.WindowRevenue);
        Assert.Null(c.Naive.BaselineDailyRevenue);
        Assert.Null(c.Naive.BaselineRevenue);
        Assert.Null(c.Naive.IncrementalRevenue);
        Assert.Null(c.Naive.Iroas);
        Assert.Equal("no baseline data", c.Naive.Note);
        Assert.Equal(2.5m, c.Roas);                           // ROAS is still defined: 250 / 100
        Assert.Null(r.Kpis.Iroas.Iroas);                            // no campaign has an iROAS
    }

    [Theory]
    [InlineData(27, "no baseline data")]                     // pre-period days −1..26
    [InlineData(28, "")]                                     // pre-period days 0..27: exactly covered
    public void PrePeriodStartingOnTheFirstDataDayIsCovered(int windowStart, string note)
    {
        var c = new DataBuilder().Influencer("a")
            .Organic(0, "P", 56m)
            .Sale(windowStart, "C", "a", "P", 1, 10m)
            .Pay("a", 1m, "C")
            .All().Campaign("C");

        Assert.Equal(note, c.Naive.Note);
    }

    [Fact]
    public void DataStartComesFromTheLoaderNotFromTheRowsSeen()
    {
        // The loader says the data starts on day 0 although the first row here is day 28.
        var c = new DataBuilder().Influencer("a").StartingAt(0)
            .Sale(28, "C", "a", "P", 1, 10m)
            .Pay("a", 5m, "C")
            .All().Campaign("C");

        Assert.Equal(0m, c.Naive.BaselineRevenue);
        Assert.Equal(2m, c.Naive.Iroas);                            // (10 − 0) / 5
    }

    [Fact]
    public void IncrementalRevenueCanBeNegative()
    {
        var c = new DataBuilder().Influencer("a")
            .Organic(0, "P", 2_800m)                          // pre-period days 0..27: b = 2800 / 28 = 100
            .Sale(28, "C", "a", "P", 1, 100m)
            .Sale(29, "C", "a", "P", 1, 50m)
            .Pay("a", 100m, "C")
            .All().Campaign("C");

        Assert.Equal(200m, c.Naive.BaselineRevenue);                // 100 × 2 days
        Assert.Equal(-50m, c.Naive.IncrementalRevenue);             // 150 − 200
        Assert.Equal(-0.5m, c.Naive.Iroas);                         // −50 / 100
    }

    // Issue 12: --baseline-days sets the counterfactual's pre-period; the naive method keeps its fixed 28 days.
    [Theory]
    [InlineData(28)]
    [InlineData(7)]
    [InlineData(31)]                                          // 31 days before day 30 would be day −1: naive does not care
    public void NaiveMethodKeepsItsFixed28DaysWhateverBaselineDaysSays(int days)
    {
        var c = BaselineDaysFixture(days).Campaign("C");

        Assert.Equal("", c.Naive.Note);
        Assert.Equal(12.5m, c.Naive.BaselineDailyRevenue);    // days 2..29: (280 + 70) / 28
        Assert.Equal(87.5m, c.Naive.IncrementalRevenue);      // 100 − 12.5
        Assert.Equal(1.75m, c.Naive.Iroas);                   // 87.5 / 50
    }

    [Fact]
    public void IroasIsNullAtPayoutZero()
    {
        var c = new DataBuilder().Influencer("a")
            .Organic(0, "P", 280m)
            .Sale(28, "C", "a", "P", 1, 100m)
            .All().Campaign("C");

        Assert.Equal(10m, c.Naive.BaselineRevenue);                 // 280 / 28 × 1
        Assert.Equal(90m, c.Naive.IncrementalRevenue);              // 100 − 10
        Assert.Null(c.Naive.Iroas);
        Assert.Null(c.Roas);
    }

    private static PlatformReport BaselineDaysFixture(int days) => new DataBuilder().Influencer("a")
        .Organic(0, "Q", 1m)
        .Organic(10, "P", 280m)
        .Organic(25, "P", 70m)
        .Sale(30, "C", "a", "P", 1, 100m)
        .Pay("a", 50m, "C")
        .All(days);
}
