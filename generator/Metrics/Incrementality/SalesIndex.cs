using RoiReportGen.Data;

namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// Daily sales per product plus the campaign windows, answering the estimator's questions for one group:
/// which pre-period days are clean, which products are controls, and the treated and control totals per day.
/// </summary>
/// <remarks>
/// The control total of a day is the total of every product minus the products some campaign touches in the
/// group's range (pre-period and window), so its cost follows the campaigns near the group, not every product.
/// Windows are found by start day with a binary search: a window meeting [from, to] starts between
/// from − (longest window − 1) and to.
/// </remarks>
internal sealed class SalesIndex
{
    private readonly Dictionary<string, Dictionary<int, decimal>> _byProduct = new(StringComparer.Ordinal);
    private readonly decimal[] _total;
    private readonly List<CampaignWindow> _byStart;
    private readonly int[] _starts;
    private readonly int _longest;
    private readonly int _products;

    public SalesIndex(IReadOnlyList<TrackingTotal> tracking, IReadOnlyList<CampaignWindow> windows, DateOnly dataStart, DateOnly dataEnd)
    {
        FirstDay = dataStart.DayNumber;
        _total = new decimal[dataEnd.DayNumber - FirstDay + 1];
        foreach (var t in tracking)
        {
            // Hash maps by day rather than sorted running totals: the estimator reads single days, and
            // building these is one pass (the rows are rolled up per day and product already).
            var day = t.Date.DayNumber;
            if (day < FirstDay || day > dataEnd.DayNumber)
            {
                continue; // outside what the loader says the data covers: never the case for loaded data
            }

            if (!_byProduct.TryGetValue(t.Product, out var days))
            {
                days = [];
                _byProduct[t.Product] = days;
            }

            days[day] = days.GetValueOrDefault(day) + t.Revenue;
            _total[day - FirstDay] += t.Revenue;
        }

        _products = _byProduct.Count;

        _byStart = windows.OrderBy(w => w.Start).ThenBy(w => w.Campaign, StringComparer.Ordinal).ToList();
        _starts = _byStart.Select(w => w.Start.DayNumber).ToArray();
        _longest = windows.Count == 0 ? 0 : windows.Max(w => w.End.DayNumber - w.Start.DayNumber);
    }

    /// <summary>Day number of the data's first day.</summary>
    public int FirstDay { get; }

    /// <summary>
    /// The days from <paramref name="from"/> to <paramref name="to"/> (day numbers, inclusive, ascending) on which
    /// no campaign runs on any of <paramref name="products"/>: the usable pre-period.
    /// </summary>
    public IReadOnlyList<int> CleanDays(int from, int to, IReadOnlySet<string> products)
    {
        if (to < from)
        {
            return [];
        }

        var busy = new bool[to - from + 1];
        foreach (var w in Meeting(from, to).Where(w => w.Products.Overlaps(products)))
        {
            for (var d = Math.Max(w.Start.DayNumber, from); d <= Math.Min(w.End.DayNumber, to); d++)
            {
                busy[d - from] = true;
            }
        }

        return Enumerable.Range(from, to - from + 1).Where(d => !busy[d - from]).ToList();
    }

    /// <summary>The treated and control totals of a group over [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public GroupSales For(int from, int to, IReadOnlySet<string> products)
    {
        var touched = Meeting(from, to).SelectMany(w => w.Products).ToHashSet(StringComparer.Ordinal);
        touched.UnionWith(products);
        return new GroupSales(this, products.Order(StringComparer.Ordinal).ToList(), touched.Order(StringComparer.Ordinal).ToList(), _products - touched.Count);
    }

    // All revenue of one product on one day; 0 without rows.
    private decimal On(string product, int day) =>
        _byProduct.TryGetValue(product, out var days) ? days.GetValueOrDefault(day) : 0m;

    private IEnumerable<CampaignWindow> Meeting(int from, int to)
    {
        var i = Array.BinarySearch(_starts, from - _longest);
        i = i >= 0 ? i : ~i;
        while (i > 0 && _starts[i - 1] >= from - _longest)
        {
            i--; // equal starts: the binary search may land on any of them
        }

        for (; i < _starts.Length && _starts[i] <= to; i++)
        {
            if (_byStart[i].End.DayNumber >= from)
            {
                yield return _byStart[i];
            }
        }
    }

    /// <summary>One group's daily totals.</summary>
    /// <param name="ControlProducts">How many products are controls (touched by no campaign in the range).</param>
    internal sealed record GroupSales(SalesIndex Index, IReadOnlyList<string> Treated, IReadOnlyList<string> Touched, int ControlProducts)
    {
        /// <summary>The totals of day number <paramref name="day"/> (inside the data).</summary>
        public SalesDay On(int day)
        {
            var treated = Treated.Sum(p => Index.On(p, day));
            var touched = Touched.Sum(p => Index.On(p, day));
            return new SalesDay(day, treated, Index._total[day - Index.FirstDay] - touched);
        }
    }
}
