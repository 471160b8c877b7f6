using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Daily attributed and organic revenue with 7-day trailing means.</summary>
internal static class TrendCalculator
{
    public const int RollingDays = 7;

    /// <summary>Every day from the data's start to its end, days without rows filled with 0.</summary>
    public static IReadOnlyList<DailyTrendPoint> Compute(DataSet data)
    {
        if (data.TrackingStart is not { } start || data.TrackingEnd is not { } end || end < start)
        {
            return [];
        }

        var days = end.DayNumber - start.DayNumber + 1;
        var attributed = new decimal[days];
        var organic = new decimal[days];
        foreach (var t in data.Tracking)
        {
            var i = t.Date.DayNumber - start.DayNumber;
            if (i < 0 || i >= days)
            {
                continue; // outside the stated range: cannot happen with the loader's start and end
            }

            if (t.IsOrganic)
            {
                organic[i] += t.Revenue;
            }
            else
            {
                attributed[i] += t.Revenue;
            }
        }

        var points = new List<DailyTrendPoint>(days);
        for (var i = 0; i < days; i++)
        {
            points.Add(new DailyTrendPoint(
                start.AddDays(i),
                attributed[i],
                organic[i],
                Trailing(attributed, i),
                Trailing(organic, i)));
        }

        return points;
    }

    // Summed afresh for each day rather than as a sliding sum, so no subtraction can leave a residue.
    private static decimal? Trailing(decimal[] values, int day)
    {
        if (day < RollingDays - 1)
        {
            return null;
        }

        var sum = 0m;
        for (var i = day - RollingDays + 1; i <= day; i++)
        {
            sum += values[i];
        }

        return Ratio.Of(sum, RollingDays);
    }
}
