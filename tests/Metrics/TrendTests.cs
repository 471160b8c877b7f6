using RoiReportGen.Tests.Charts;

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

    [Fact]
    public void A_gap_keeps_only_the_days_a_chart_needs()
    {
        // Rows on days 0 and 100: days 0..7 (the mean falls back to 0 on day 7), 99 (the line leaves 0) and 100.
        var t = new DataBuilder().Influencer("a")
            .Organic(0, "P", 70m)
            .Organic(100, "P", 7m)
            .All().Trend;

        Assert.Equal([.. Enumerable.Range(0, 8), 99, 100], t.Select(p => p.Date.DayNumber - DataBuilder.Day(0).DayNumber));
        Assert.Equal(10m, t[6].OrganicRolling7);   // days 0..6
        Assert.Equal(0m, t[7].OrganicRolling7);    // days 1..7
        Assert.Equal(0m, t[8].OrganicRevenue);     // day 99
        Assert.Equal(0m, t[8].OrganicRolling7);
        Assert.Equal(1m, t[9].OrganicRolling7);    // days 94..100
    }

    [Fact]
    public void Rows_at_the_ends_of_the_calendar_add_points_not_centuries()
    {
        // Issue 11 item 6: one row at 0001-01-01 and one at 9999-12-30 among ordinary rows made a point
        // per day of ten thousand years (18 GB). The trend grows with the rows, not with the span.
        var first = DateOnly.MinValue.DayNumber - DataBuilder.Day(0).DayNumber;
        var last = new DateOnly(9999, 12, 30).DayNumber - DataBuilder.Day(0).DayNumber;
        var builder = new DataBuilder().Influencer("a")
            .Sale(0, "C", "a", "P", 1, 70m).Sale(3, "C", "a", "P", 1, 100m).Organic(9, "P", 14m);
        var ordinary = builder.Report();
        var model = builder.Organic(first, "P", 5m).Organic(last, "P", 5m).Report();

        // 0001-01-01..08 and 9999-12-29..30 around the two far rows; the ordinary days gain the day before
        // their first row and the 7 after their last, which their own span used to cut off.
        Assert.Equal(8 + 1 + ordinary.All.Trend.Count + 7 + 2, model.All.Trend.Count);
        Assert.Equal(DateOnly.MinValue, model.All.Trend[0].Date);
        Assert.Equal(new DateOnly(9999, 12, 30), model.All.Trend[^1].Date);
        Assert.Equal(ordinary.All.Trend.Sum(p => p.OrganicRevenue) + 10m, model.All.Trend.Sum(p => p.OrganicRevenue));

        // The chart is a few kilobytes (one such row dated 2205 made a 31 MB page) and its weekly table lists
        // only the weeks that hold a point.
        var chart = ChartAssert.Build(model)[model.All].Trend;
        var ordinaryChart = ChartAssert.Build(ordinary)[ordinary.All].Trend;
        Assert.True(chart.FigureJson.Length < 10_000, $"the trend figure is {chart.FigureJson.Length} characters");
        Assert.Equal(model.All.Trend.Count, ChartAssert.Data(chart)[0]!["y"]!.AsArray().Count);
        // Weeks (from 0001-01-01) holding a point: 2 at the start, 3 around the ordinary days, 1 at the end.
        Assert.Equal(2, ordinaryChart.Data.Rows.Count);
        Assert.Equal(6, chart.Data.Rows.Count);
    }
}
