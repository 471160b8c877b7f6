using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Organic and total revenue per product and day, for the iROAS baseline and window.</summary>
internal sealed class ProductRevenueIndex
{
    private readonly Dictionary<(string Product, DateOnly Date), (decimal Organic, decimal All)> _byDay;

    private ProductRevenueIndex(Dictionary<(string, DateOnly), (decimal, decimal)> byDay) => _byDay = byDay;

    /// <summary>Indexes the rows of the given products only (products match by name, ordinal).</summary>
    public static ProductRevenueIndex Build(IEnumerable<TrackingTotal> tracking, IReadOnlySet<string> products)
    {
        var byDay = new Dictionary<(string, DateOnly), (decimal Organic, decimal All)>();
        foreach (var t in tracking)
        {
            if (!products.Contains(t.Product))
            {
                continue;
            }

            var s = byDay.GetValueOrDefault((t.Product, t.Date));
            byDay[(t.Product, t.Date)] = (s.Organic + (t.IsOrganic ? t.Revenue : 0m), s.All + t.Revenue);
        }

        return new ProductRevenueIndex(byDay);
    }

    /// <summary>Organic revenue of the products from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public decimal Organic(IEnumerable<string> products, DateOnly from, DateOnly to) => Sum(products, from, to, organic: true);

    /// <summary>All revenue (organic and attributed) of the products over the days, inclusive.</summary>
    public decimal All(IEnumerable<string> products, DateOnly from, DateOnly to) => Sum(products, from, to, organic: false);

    private decimal Sum(IEnumerable<string> products, DateOnly from, DateOnly to, bool organic)
    {
        // Campaigns × products × days stays small (hundreds × tens × a year): a lookup per day is plenty.
        var sum = 0m;
        foreach (var product in products)
        {
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                if (_byDay.TryGetValue((product, day), out var s))
                {
                    sum += organic ? s.Organic : s.All;
                }
            }
        }

        return sum;
    }
}
