using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Organic and total revenue per product and day, for the iROAS baseline and window.</summary>
internal sealed class ProductRevenueIndex
{
    private readonly Dictionary<string, ProductSeries> _byProduct;

    private ProductRevenueIndex(Dictionary<string, ProductSeries> byProduct) => _byProduct = byProduct;

    /// <summary>Indexes the rows of the given products only (products match by name, ordinal).</summary>
    public static ProductRevenueIndex Build(IEnumerable<TrackingTotal> tracking, IReadOnlySet<string> products)
    {
        var byDay = new Dictionary<string, SortedDictionary<int, (decimal Organic, decimal All)>>(StringComparer.Ordinal);
        foreach (var t in tracking)
        {
            if (!products.Contains(t.Product))
            {
                continue;
            }

            if (!byDay.TryGetValue(t.Product, out var days))
            {
                days = [];
                byDay[t.Product] = days;
            }

            var s = days.GetValueOrDefault(t.Date.DayNumber);
            days[t.Date.DayNumber] = (s.Organic + (t.IsOrganic ? t.Revenue : 0m), s.All + t.Revenue);
        }

        return new ProductRevenueIndex(byDay.ToDictionary(p => p.Key, p => ProductSeries.From(p.Value), StringComparer.Ordinal));
    }

    /// <summary>Organic revenue of the products from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public decimal Organic(IEnumerable<string> products, DateOnly from, DateOnly to) =>
        products.Sum(p => _byProduct.TryGetValue(p, out var s) ? s.Organic(from.DayNumber, to.DayNumber) : 0m);

    /// <summary>All revenue (organic and attributed) of the products over the days, inclusive.</summary>
    public decimal All(IEnumerable<string> products, DateOnly from, DateOnly to) =>
        products.Sum(p => _byProduct.TryGetValue(p, out var s) ? s.All(from.DayNumber, to.DayNumber) : 0m);
}
