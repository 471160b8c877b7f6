using RoiReportGen.Data;

namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// Daily sales per product plus the campaign windows, answering the estimator's questions for one group:
/// which days are clean, which products are controls and which make the halo series, and the daily totals.
/// </summary>
/// <remarks>
/// A campaign keeps lifting its products after its window (the carry-over), so a product is busy from a window's
/// first day to <c>carryoverDays</c> after its last: those days are neither fit data nor a control's.
/// Controls are products of other brands (a post lifts its brand's other products too, so none of them can stand
/// for the world without it) that no campaign makes busy over the group's range, at most <see cref="MaxControls"/>
/// of them, the best-selling first (all-data revenue, then name): the fit's ratio absorbs the control's scale, so
/// the top sellers carry the common movement, and the cost per group stays bounded (summing every free product of
/// 3,000 over every day made the estimator quadratic in campaigns). Busy days are found by start day with a binary
/// search: a busy span meeting [from, to] starts between from − (longest span − 1) and to.
/// </remarks>
internal sealed class SalesIndex
{
    /// <summary>Most control products summed into one group's control series.</summary>
    public const int MaxControls = 50;

    private readonly Dictionary<string, Dictionary<int, decimal>> _byProduct = new(StringComparer.Ordinal);
    private readonly List<string> _bestSelling;
    private readonly Dictionary<string, List<(int Start, int End)>> _busy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _brandOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byBrand = new(StringComparer.Ordinal);
    private readonly List<CampaignWindow> _byStart;
    private readonly int[] _starts;
    private readonly int _longest;

    /// <param name="carryoverDays">Days after a window that its campaign still lifts its products (busy, never fit data).</param>
    public SalesIndex(IReadOnlyList<TrackingTotal> tracking, IReadOnlyList<CampaignWindow> windows, DateOnly dataStart, int carryoverDays = 0)
    {
        FirstDay = dataStart.DayNumber;
        CarryoverDays = carryoverDays;
        var revenue = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var t in tracking)
        {
            if (!_brandOf.ContainsKey(t.Product))
            {
                // A product's brand is the one of its first row (the loader does not tie products to one brand).
                _brandOf[t.Product] = t.Brand;
            }

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
        foreach (var product in _bestSelling)
        {
            var brand = _brandOf[product];
            (_byBrand.TryGetValue(brand, out var list) ? list : _byBrand[brand] = []).Add(product);
        }

        _byStart = windows.OrderBy(w => w.Start).ThenBy(w => w.Campaign, StringComparer.Ordinal).ToList();
        _starts = _byStart.Select(w => w.Start.DayNumber).ToArray();
        _longest = windows.Count == 0 ? 0 : windows.Max(w => BusyEnd(w) - w.Start.DayNumber);

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

                var (start, end) = (w.Start.DayNumber, BusyEnd(w));
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

    /// <summary>Days after a window that count as its campaign's (busy).</summary>
    public int CarryoverDays { get; }

    /// <summary>
    /// The last day a campaign makes its products busy: its window's last day plus the whole carry-over (long
    /// arithmetic: near the calendar's end it stops at its last day). Not cut where a later campaign starts: the
    /// earlier one's pull is still in those days, so they are no one's fit data.
    /// </summary>
    public int BusyEnd(CampaignWindow w) => (int)Math.Min((long)w.End.DayNumber + CarryoverDays, DateOnly.MaxValue.DayNumber);

    /// <summary>
    /// The first day after <paramref name="end"/> on which a campaign outside <paramref name="group"/> starts on one of
    /// <paramref name="products"/>; null when none does. A group's carry-over tail stops the day before it.
    /// </summary>
    public int? NextStart(int end, IReadOnlySet<string> products, IReadOnlySet<string> group)
    {
        var i = Array.BinarySearch(_starts, end + 1);
        i = i >= 0 ? i : ~i;
        while (i > 0 && _starts[i - 1] >= end + 1)
        {
            i--;
        }

        for (; i < _starts.Length; i++)
        {
            if (!group.Contains(_byStart[i].Campaign) && _byStart[i].Products.Overlaps(products))
            {
                return _starts[i];
            }
        }

        return null;
    }

    /// <summary>The brand of a product (its first row's), or "" for a product without rows.</summary>
    public string BrandOf(string product) => _brandOf.GetValueOrDefault(product, "");

    /// <summary>
    /// The halo series' products: the other products of <paramref name="brands"/> that no campaign makes busy over
    /// [<paramref name="from"/>, <paramref name="to"/>] (the measured period), in brand then best-selling order.
    /// </summary>
    public IReadOnlyList<string> SisterProducts(IReadOnlySet<string> brands, IReadOnlySet<string> products, int from, int to) =>
        brands.Order(StringComparer.Ordinal)
            .SelectMany(b => _byBrand.GetValueOrDefault(b) ?? [])
            .Where(p => !products.Contains(p) && FreeOver(p, from, to))
            .ToList();

    /// <summary>
    /// The days from <paramref name="from"/> to <paramref name="to"/> (day numbers, inclusive, ascending) on which
    /// no campaign runs on any of <paramref name="products"/>: the usable pre-period.
    /// </summary>
    public IReadOnlyList<int> CleanDays(int from, int to, IReadOnlySet<string> products) =>
        Clean(from, to, w => w.Products.Overlaps(products));

    /// <summary>
    /// The days from <paramref name="from"/> to <paramref name="to"/> on which no campaign of any of
    /// <paramref name="brands"/> is busy: its posts' halo may land on any product of its brand, so only these days
    /// are free of every campaign's pull on those brands' products.
    /// </summary>
    public IReadOnlyList<int> BrandCleanDays(int from, int to, IReadOnlySet<string> brands) =>
        Clean(from, to, w => w.Products.Any(p => brands.Contains(BrandOf(p))));

    private List<int> Clean(int from, int to, Func<CampaignWindow, bool> touches)
    {
        if (to < from)
        {
            return [];
        }

        var busy = new bool[to - from + 1];
        foreach (var w in Meeting(from, to).Where(touches))
        {
            for (var d = Math.Max(w.Start.DayNumber, from); d <= Math.Min(BusyEnd(w), to); d++)
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

    /// <summary>
    /// The treated, halo and control totals of a group over [<paramref name="from"/>, <paramref name="to"/>]:
    /// controls are of brands other than <paramref name="brands"/>.
    /// </summary>
    public GroupSales For(int from, int to, IReadOnlySet<string> products, IReadOnlySet<string> brands, IReadOnlyList<string> sisters)
    {
        var controls = _bestSelling
            .Where(p => !products.Contains(p) && !brands.Contains(BrandOf(p)) && FreeOver(p, from, to))
            .Take(MaxControls)
            .ToList();
        return new GroupSales(this, products.Order(StringComparer.Ordinal).ToList(), sisters, controls);
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
            if (BusyEnd(_byStart[i]) >= from)
            {
                yield return _byStart[i];
            }
        }
    }

    /// <summary>One group's daily totals.</summary>
    /// <param name="Controls">The control products (touched by no campaign in the range), best-selling first.</param>
    /// <param name="Sisters">The halo series' products (the brand's others, free over the range).</param>
    internal sealed record GroupSales(SalesIndex Index, IReadOnlyList<string> Treated, IReadOnlyList<string> Sisters, IReadOnlyList<string> Controls)
    {
        /// <summary>How many products make the control series.</summary>
        public int ControlProducts => Controls.Count;

        /// <summary>The totals of day number <paramref name="day"/>: the group's products, the controls and the sisters (the halo series).</summary>
        public SalesDay On(int day) =>
            new(day, Treated.Sum(p => Index.On(p, day)), Controls.Sum(p => Index.On(p, day)), Sisters.Sum(p => Index.On(p, day)));
    }
}
