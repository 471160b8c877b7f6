using System.Globalization;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Site;

/// <summary>The KPI cards at the top of a view (SPEC 3: revenue, payout, ROAS, iROAS, orders, influencers, posts).</summary>
public static class KpiCards
{
    public static IReadOnlyList<KpiCard> For(PlatformReport view)
    {
        var k = view.Kpis;
        var withBaseline = view.Campaigns.Count(c => c.Iroas is not null);
        return
        [
            new("Revenue", DisplayFormat.Money(k.Revenue), $"attributed to influencers; organic {DisplayFormat.Money(k.OrganicRevenue)}"),
            new("Payout", DisplayFormat.Money(k.Payout), k.UnallocatedPayout > 0 ? $"{DisplayFormat.Money(k.UnallocatedPayout)} unallocated spend" : "paid to influencers"),
            new("ROAS", DisplayFormat.Ratio(k.Roas), $"net return {DisplayFormat.Money(k.NetReturn)}"),
            new("iROAS", DisplayFormat.Ratio(k.Iroas), string.Create(CultureInfo.InvariantCulture, $"over {withBaseline} of {view.Campaigns.Count} campaigns with a baseline")),
            new("Orders", DisplayFormat.Count(k.Orders), "attributed"),
            new("Influencers", DisplayFormat.Count(k.Influencers), "in the roster"),
            new("Posts", DisplayFormat.Count(k.Posts), "published"),
        ];
    }
}
