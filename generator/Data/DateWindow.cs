using System.Globalization;

namespace RoiReportGen.Data;

/// <summary>
/// The dates a row may carry: at most <see cref="MaxSpanDays"/> days either side of the median date of the data
/// set's dated rows (posts and tracking rows that pass every other check, each row counted once). One mistyped year
/// (01-03-2205, 0202) would otherwise stretch the report over centuries. The median, not "today", keeps the rule
/// deterministic (the same files give the same report on any day), and a few outliers cannot move it.
/// </summary>
public sealed record DateWindow(DateOnly Median, int MaxSpanDays)
{
    /// <summary>The default span: ten years either side of the median.</summary>
    public const int DefaultMaxSpanDays = 3650;

    public bool Contains(DateOnly date) => Math.Abs(date.DayNumber - Median.DayNumber) <= MaxSpanDays;

    /// <summary>The reason of the issue that excludes a row dated <paramref name="date"/>.</summary>
    public string Reason(DateOnly date) => string.Create(
        CultureInfo.InvariantCulture,
        $"date {date:yyyy-MM-dd} is more than {MaxSpanDays} days from the data's median date {Median:yyyy-MM-dd} (see --max-date-span-days)");

    /// <summary>The window around the lower median of the rows counted per day; null when no row has a date.</summary>
    public static DateWindow? Around(IEnumerable<KeyValuePair<DateOnly, long>> rowsPerDay, int maxSpanDays)
    {
        var days = rowsPerDay.Where(d => d.Value > 0).OrderBy(d => d.Key).ToList();
        var rows = days.Sum(d => d.Value);
        if (rows == 0)
        {
            return null;
        }

        // The lower median: the date of row (rows - 1) / 2 (0-based) in date order.
        var seen = 0L;
        foreach (var (day, count) in days)
        {
            seen += count;
            if (seen > (rows - 1) / 2)
            {
                return new DateWindow(day, maxSpanDays);
            }
        }

        throw new InvalidOperationException("unreachable: the counts add up to rows");
    }
}
