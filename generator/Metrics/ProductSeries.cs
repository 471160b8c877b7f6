namespace RoiReportGen.Metrics;

/// <summary>One product's daily revenue as running totals, so any range of days sums in O(log n).</summary>
internal sealed class ProductSeries
{
    private readonly int[] _days;
    private readonly decimal[] _organicBefore;
    private readonly decimal[] _allBefore;

    private ProductSeries(int[] days, decimal[] organicBefore, decimal[] allBefore)
    {
        _days = days;
        _organicBefore = organicBefore;
        _allBefore = allBefore;
    }

    /// <summary>From revenue by day number, in ascending day order.</summary>
    public static ProductSeries From(SortedDictionary<int, (decimal Organic, decimal All)> byDay)
    {
        var days = new int[byDay.Count];
        var organic = new decimal[byDay.Count + 1];
        var all = new decimal[byDay.Count + 1];
        var i = 0;
        foreach (var (day, revenue) in byDay)
        {
            days[i] = day;
            organic[i + 1] = organic[i] + revenue.Organic;
            all[i + 1] = all[i] + revenue.All;
            i++;
        }

        return new ProductSeries(days, organic, all);
    }

    /// <summary>Organic revenue from day number <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public decimal Organic(int from, int to) => Range(_organicBefore, from, to);

    /// <summary>All revenue over the days, inclusive.</summary>
    public decimal All(int from, int to) => Range(_allBefore, from, to);

    // Revenue has few decimals, so running totals stay far inside decimal's 28 digits and the
    // difference of two of them is exact: no drift against summing the days one by one.
    private decimal Range(decimal[] before, int from, int to) =>
        to < from ? 0m : before[FirstAtOrAfter(to + 1)] - before[FirstAtOrAfter(from)];

    private int FirstAtOrAfter(int day)
    {
        var i = Array.BinarySearch(_days, day);
        return i >= 0 ? i : ~i;
    }
}
