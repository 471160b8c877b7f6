using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>ROAS per brand with payout, best first; brands below break-even in red.</summary>
public static class BrandRoasChart
{
    public const string Name = "brand-roas";
    public const string Title = "ROAS by brand";

    public static ChartFigure Build(ChartView view)
    {
        var brands = view.View.Brands
            .Where(b => b.Payout > 0 && b.Roas is not null)
            .OrderByDescending(b => b.Roas)
            .ThenBy(b => b.Brand, StringComparer.Ordinal)
            .ToList();
        var table = ChartView.Table(
            ["Brand", "ROAS", "Revenue", "Payout", "Organic revenue"],
            brands,
            b => [b.Brand, DisplayFormat.Ratio(b.Roas), DisplayFormat.Money(b.Revenue), DisplayFormat.Money(b.Payout), DisplayFormat.Money(b.OrganicRevenue)],
            (0, b => view.Pages.BrandPage(b.Brand)));
        if (brands.Count == 0)
        {
            return view.Figure(Name, Title, ChartLayout.Empty("No brands with payout in this view"), table);
        }

        var bars = Bars.Horizontal(
            "Brand ROAS",
            brands.Select(b => ChartText.Value(b.Roas!.Value)).ToList(),
            Enumerable.Range(0, brands.Count).ToList(),
            brands.Select(b => SeriesColors.ForRoas(b.Roas)).ToList(),
            brands.Select(Hover),
            brands.Select(b => view.Pages.BrandPage(b.Brand)));
        Dyn.Traces(bars, ("showlegend", false));
        return view.Figure(Name, Title, Bars.RoasLayout(bars, brands.Select(b => ChartText.Escape(b.Brand)).ToList()), table);
    }

    private static string Hover(BrandSummary b) => ChartText.Hover(
        b.Brand,
        "ROAS " + DisplayFormat.Ratio(b.Roas),
        "Revenue " + DisplayFormat.Money(b.Revenue),
        "Payout " + DisplayFormat.Money(b.Payout),
        "Organic revenue " + DisplayFormat.Money(b.OrganicRevenue));
}
