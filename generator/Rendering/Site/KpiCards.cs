using System.Globalization;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Site;

/// <summary>The KPI cards at the top of a view (SPEC 3: revenue, payout, ROAS, iROAS, orders, influencers, posts).</summary>
public static class KpiCards
{
    public static IReadOnlyList<KpiCard> For(PlatformReport view)
    {
        var k = view.Kpis;
        return
        [
            new("Revenue", DisplayFormat.Money(k.Revenue), $"attributed to influencers; organic {DisplayFormat.Money(k.OrganicRevenue)}"),
            new("Payout", DisplayFormat.Money(k.Payout), k.UnallocatedPayout > 0 ? $"{DisplayFormat.Money(k.UnallocatedPayout)} unallocated spend" : "paid to influencers"),
            new("ROAS", DisplayFormat.Ratio(k.Roas), $"net return {DisplayFormat.Money(k.NetReturn)}"),
            new("iROAS", DisplayFormat.Ratio(k.Iroas.Iroas), IroasNote(k.Iroas, view.Campaigns.Count)),
            new("Orders", DisplayFormat.Count(k.Orders), "attributed"),
            new("Influencers", DisplayFormat.Count(k.Influencers), "in the roster"),
            new("Posts", DisplayFormat.Count(k.Posts), "published"),
        ];
    }

    // The interval first: the headline is an estimate, and how sure it is belongs next to it.
    private static string IroasNote(Metrics.Incrementality.HeadlineIroas iroas, int campaigns)
    {
        var over = string.Create(CultureInfo.InvariantCulture, $"over {iroas.Campaigns} of {campaigns} campaigns with an estimate");
        return iroas.Low is null ? over : $"90% interval {DisplayFormat.RatioInterval(iroas.Low, iroas.High)}, {over}";
    }
}
