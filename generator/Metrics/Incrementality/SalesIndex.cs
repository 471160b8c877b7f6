using RoiReportGen.Data;

namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// Daily sales per product plus the campaign windows, answering the estimator's questions for one group:
/// which pre-period days are clean, which products are controls, and the treated and control totals per day.
/// </summary>
/// <remarks>
/// Controls are products no campaign touches over the group's range (pre-period and window), at most
/// <see cref="MaxControls"/> of them, the best-selling first (all-data revenue, then name): the fit's slope absorbs
/// the control's scale, so the top sellers carry the common movement, and the cost per group stays bounded
/// (summing every free product of 3,000 over every day made the estimator quadratic in campaigns). Busy days are
/// found by start day with a binary search: a window meeting [from, to] starts between from − (longest window − 1)
/// and to.
/// </remarks>
internal sealed class SalesIndex
{
    /// <summary>Most control products summed into one group's control series.</summary>
    public const int MaxControls = 50;

    private readonly Dictionary<string, Dictionary<int, decimal>> _byProduct = new(StringComparer.Ordinal);
    private readonly List<string> _bestSelling;
    private readonly Dictionary<string, List<(int Start, int End)>> _busy = new(StringComparer.Ordinal);
    private readonly List<CampaignWindow> _byStart;
    private readonly int[] _starts;
    private readonly int _longest;

    public SalesIndex(IReadOnlyList<TrackingTotal> tracking, IReadOnlyList<CampaignWindow> windows, DateOnly dataStart)
    {
        FirstDay = dataStart.DayNumber;
        var revenue = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var t in tracking)
        {
            // Hash maps by day rather than sorted running totals: the estimator reads single days, and
            // building these is one pass (the rows are rolled up per day and product already).
            var day = t.Date.DayNumber;
            if (!_byProduct.TryGetValue(t.Product, out var days))
            {
                days = [];
                _byProduct[t.Product] = days;
            }

            days[day] = days.GetValueOrDefault(day) + t.Revenue;
            revenue[t.Product] = revenue.GetValueOrDefault(t.Product) + t.Revenue;
        }

        _bestSelling = revenue.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        _byStart = windows.OrderBy(w => w.Start).ThenBy(w => w.Campaign, StringComparer.Ordinal).ToList();
        _starts = _byStart.Select(w => w.Start.DayNumber).ToArray();
        _longest = windows.Count == 0 ? 0 : windows.Max(w => w.End.DayNumber - w.Start.DayNumber);

        // Each product's busy days as merged, disjoint intervals in order (so their ends increase too).
        foreach (var w in _byStart)
        {
            foreach (var product in w.Products)
            {
                if (!_busy.TryGetValue(product, out var spans))
                {
                    spans = [];
                    _busy[product] = spans;
                }

                var (start, end) = (w.Start.DayNumber, w.End.DayNumber);
                if (spans.Count > 0 && start <= spans[^1].End + 1)
                {
                    spans[^1] = (spans[^1].Start, Math.Max(spans[^1].End, end));
                }
                else
                {
                    spans.Add((start, end));
                }
            }
        }
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

    /// <summary>
    /// The last <paramref name="count"/> clean days on or before <paramref name="to"/> (ascending), searching back
    /// <paramref name="step"/> days at a time down to the data's first day; fewer when the data runs out first.
    /// </summary>
    public IReadOnlyList<int> NearestCleanDays(int to, IReadOnlySet<string> products, int count, int step)
    {
        var found = new List<int>();
        for (var end = to; found.Count < count && end >= FirstDay; end -= step)
        {
            // Long arithmetic, as for the pre-period: a step before 0001-01-01 only reaches before the data.
            var from = (int)Math.Max((long)end - step + 1, FirstDay);
            found.InsertRange(0, CleanDays(from, end, products));
        }

        return found.Count > count ? found.GetRange(found.Count - count, count) : found;
    }

    /// <summary>The treated and control totals of a group over [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public GroupSales For(int from, int to, IReadOnlySet<string> products)
    {
        var controls = _bestSelling.Where(p => !products.Contains(p) && FreeOver(p, from, to)).Take(MaxControls).ToList();
        return new GroupSales(this, products.Order(StringComparer.Ordinal).ToList(), controls);
    }

    // No campaign window of the product meets [from, to]: the first busy span ending on or after `from` starts after `to`.
    private bool FreeOver(string product, int from, int to)
    {
        if (!_busy.TryGetValue(product, out var spans))
        {
            return true;
        }

        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].End < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == spans.Count || spans[lo].Start > to;
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
    /// <param name="Controls">The control products (touched by no campaign in the range), best-selling first.</param>
    internal sealed record GroupSales(SalesIndex Index, IReadOnlyList<string> Treated, IReadOnlyList<string> Controls)
    {
        /// <summary>How many products make the control series.</summary>
        public int ControlProducts => Controls.Count;

        /// <summary>The totals of day number <paramref name="day"/>.</summary>
        public SalesDay On(int day) =>
            new(day, Treated.Sum(p => Index.On(p, day)), Controls.Sum(p => Index.On(p, day)));
    }
}
