using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Daily attributed and organic revenue with 7-day trailing means.</summary>
internal static class TrendCalculator
{
    public const int RollingDays = 7;

    /// <summary>
    /// The days a chart needs to draw the data's daily lines and trailing means exactly: every day
    /// with rows, the <see cref="RollingDays"/> days after each (where a trailing mean still changes;
    /// the last of them is where it is back to 0), and the day before each (where the daily line
    /// leaves 0). Between two of these days every value is 0 or a straight line, so a chart that joins
    /// the points draws what a point for every calendar day would. Dense data gives every day from
    /// its start to its end, as before; one row dated 0001-01-01 among 2025 rows adds a handful of
    /// points, not 739,000 (issue 11 item 6): the work and the page grow with the rows, never with
    /// the calendar span.
    /// </summary>
    public static IReadOnlyList<DailyTrendPoint> Compute(DataSet data)
    {
        if (data.TrackingStart is not { } start || data.TrackingEnd is not { } end || end < start)
        {
            return [];
        }

        // Day numbers (ints) rather than DateOnly arithmetic: no AddDays can step past 0001-01-01 or 9999-12-31.
        var byDay = new SortedDictionary<int, (decimal Attributed, decimal Organic)>();
        foreach (var t in data.Tracking)
        {
            var day = t.Date.DayNumber;
            if (day < start.DayNumber || day > end.DayNumber)
            {
                continue; // outside the stated range: cannot happen with the loader's start and end
            }

            var sums = byDay.GetValueOrDefault(day);
            byDay[day] = t.IsOrganic ? (sums.Attributed, sums.Organic + t.Revenue) : (sums.Attributed + t.Revenue, sums.Organic);
        }

        var dataDays = byDay.Keys.ToArray();
        var points = new List<DailyTrendPoint>();
        var next = 0; // the first data day after the trailing window's start, for the sums below
        foreach (var day in DaysToDraw(dataDays, start.DayNumber, end.DayNumber))
        {
            var (attributed, organic) = byDay.GetValueOrDefault(day);
            while (next < dataDays.Length && dataDays[next] <= day - RollingDays)
            {
                next++;
            }

            points.Add(new DailyTrendPoint(
                DateOnly.FromDayNumber(day),
                attributed,
                organic,
                Trailing(byDay, dataDays, next, day, start.DayNumber, s => s.Attributed),
                Trailing(byDay, dataDays, next, day, start.DayNumber, s => s.Organic)));
        }

        return points;
    }

    // Each data day d gives d-1 .. d+RollingDays, clipped to the data's range; sorted, without repeats.
    private static IEnumerable<int> DaysToDraw(int[] dataDays, int first, int last)
    {
        var drawn = first - 1;
        foreach (var d in dataDays)
        {
            var from = Math.Max(Math.Max(d - 1, first), drawn + 1);
            var to = (int)Math.Min((long)d + RollingDays, last);
            for (var day = from; day <= to; day++)
            {
                yield return day;
            }

            drawn = Math.Max(drawn, to);
        }
    }

    // The mean of the day and the 6 before it (days without rows are 0); summed afresh for each day rather than
    // as a sliding sum, so no subtraction can leave a residue. Null until 7 days of data exist.
    private static decimal? Trailing(
        SortedDictionary<int, (decimal Attributed, decimal Organic)> byDay,
        int[] dataDays,
        int from,
        int day,
        int first,
        Func<(decimal Attributed, decimal Organic), decimal> value)
    {
        if (day - first < RollingDays - 1)
        {
            return null;
        }

        var sum = 0m;
        for (var i = from; i < dataDays.Length && dataDays[i] <= day; i++)
        {
            sum += value(byDay[dataDays[i]]);
        }

        return Ratio.Of(sum, RollingDays);
    }
}
