using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

/// <summary>
/// Issue 11 item 7: the metrics hold for any date a DateOnly can be, 0001-01-01 to 9999-12-31 (a rule
/// that rejects far-off dates can be relaxed, so the metrics cannot rely on it).
/// </summary>
public sealed class CalendarEdgeTests
{
    private static readonly DateOnly First = DateOnly.MinValue;
    private static readonly DateOnly Last = DateOnly.MaxValue;

    [Fact]
    public void A_campaign_on_the_first_day_of_the_calendar_has_no_baseline()
    {
        // Its pre-period would start 28 days before 0001-01-01: before the data, so undefined.
        var c = new DataBuilder().Influencer("a")
            .SaleOn(First, "C", "a", "P", 1, 100m)
            .OrganicOn(First.AddDays(3), "P", 10m)
            .Pay("a", 50m, "C")
            .All().Campaign("C");

        Assert.Equal("no baseline data", c.Naive.Note);
        Assert.Null(c.Naive.Iroas);
        Assert.Equal(2m, c.Roas);
    }

    [Theory]
    [InlineData(28, "")]                     // naive pre-period 0001-01-01..0001-01-28: exactly the data's first day
    [InlineData(27, "no baseline data")]     // one day earlier it would start on "0000-12-31"
    public void A_naive_baseline_may_start_on_the_first_day_of_the_calendar_but_not_before(int windowStart, string note)
    {
        var c = new DataBuilder().Influencer("a")
            .OrganicOn(First, "P", 280m)
            .SaleOn(First.AddDays(windowStart), "C", "a", "P", 1, 100m)
            .Pay("a", 50m, "C")
            .All().Campaign("C");

        Assert.Equal(note, c.Naive.Note);
        if (note.Length == 0)
        {
            Assert.Equal(10m, c.Naive.BaselineDailyRevenue);    // 280 / 28
            Assert.Equal(90m, c.Naive.IncrementalRevenue);      // 100 − 10
        }
    }

    [Theory]
    [InlineData(56)]
    [InlineData(MetricsOptions.MaxBaselineDays)]              // would start ~10 years before 0001-01-01
    public void A_counterfactual_pre_period_before_the_calendar_is_cut_at_the_data_start(int baselineDays)
    {
        var c = new DataBuilder().Influencer("a")
            .OrganicOn(First, "P", 280m)
            .SaleOn(First.AddDays(28), "C", "a", "P", 1, 100m)
            .Pay("a", 50m, "C")
            .All(baselineDays).Campaign("C");

        // Days 0..27 of the calendar are the usable pre-period; P is the only product, so no control.
        Assert.Equal(28, c.Incremental.UsablePreDays);
        Assert.Equal("pre-period-level", c.Incremental.Method);
    }

    [Fact]
    public void A_campaign_ending_on_the_last_day_of_the_calendar_is_measured()
    {
        var c = new DataBuilder().Influencer("a")
            .OrganicOn(Last.AddDays(-30), "Q", 1m)
            .OrganicOn(Last.AddDays(-10), "P", 280m)
            .SaleOn(Last.AddDays(-1), "C", "a", "P", 1, 100m)
            .SaleOn(Last, "C", "a", "P", 1, 100m)
            .Pay("a", 50m, "C")
            .All().Campaign("C");

        Assert.Equal((Last.AddDays(-1), Last, 2), (c.StartDate!.Value, c.EndDate!.Value, c.WindowDays));
        Assert.Equal(10m, c.Naive.BaselineDailyRevenue);        // 280 / 28
        Assert.Equal(180m, c.Naive.IncrementalRevenue);         // 200 − 10 × 2
    }

    [Theory]
    [InlineData(0)]
    [InlineData(MetricsOptions.MaxBaselineDays + 1)]
    [InlineData(int.MaxValue)]
    public void Baseline_days_outside_1_to_the_maximum_are_refused(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricsOptions(days));
}
