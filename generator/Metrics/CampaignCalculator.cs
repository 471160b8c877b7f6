using RoiReportGen.Data;
using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Metrics;

/// <summary>One summary per campaign named by an attributed tracking row or a payout row.</summary>
internal static class CampaignCalculator
{
    /// <summary>Campaigns ordered by name (ordinal), with payout, ROAS, iROAS and overlaps.</summary>
    /// <param name="lifts">The counterfactual lifts, estimated once on all of the data and shared by every view.</param>
    public static IReadOnlyList<CampaignSummary> Compute(DataSet data, PayoutAllocation allocation, IReadOnlyDictionary<string, CampaignLift> lifts)
    {
        var totals = CampaignTotals.ByCampaign(data.Tracking);

        var direct = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var p in data.Payouts.Where(p => p.Campaign.Length > 0))
        {
            direct[p.Campaign] = direct.GetValueOrDefault(p.Campaign) + p.TotalPayout;
        }

        var products = totals.Values.SelectMany(c => c.Products).ToHashSet(StringComparer.Ordinal);
        var revenue = ProductRevenueIndex.Build(data.Tracking, products);
        var overlaps = OverlapDetector.Find(totals
            .Select(c => new CampaignWindow(c.Key, c.Value.Start, c.Value.End, c.Value.Products))
            .ToList());

        return totals.Keys
            .Concat(direct.Keys)
            .Concat(allocation.ByCampaign.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                var allocated = allocation.ByCampaign.GetValueOrDefault(name);
                var payout = direct.GetValueOrDefault(name) + allocated;
                return totals.TryGetValue(name, out var c)
                    ? WithWindow(name, c, payout, allocated, revenue, data.TrackingStart, lifts.GetValueOrDefault(name), overlaps[name])
                    : WithoutWindow(name, payout, allocated);
            })
            .ToList();
    }

    private static CampaignSummary WithWindow(
        string name,
        CampaignTotals c,
        decimal payout,
        decimal allocated,
        ProductRevenueIndex revenue,
        DateOnly? dataStart,
        CampaignLift? lift,
        CampaignOverlaps overlaps)
    {
        var products = c.Products.Order(StringComparer.Ordinal).ToList();
        var b = BaselineCalculator.Compute(c.Start, c.End, products, payout, revenue, dataStart, NaiveIncrementality.PrePeriodDays);
        return new CampaignSummary(
            name,
            string.Join("; ", c.Brands.Order(StringComparer.Ordinal)),
            c.Start,
            c.End,
            c.End.DayNumber - c.Start.DayNumber + 1,
            products,
            c.Influencers.Count,
            c.Orders,
            c.Revenue,
            payout,
            allocated,
            Ratio.Of(c.Revenue, payout),
            c.Revenue - payout,
            b,
            lift is null ? IncrementalView.NoWindow : IncrementalView.For(lift, c.Revenue, payout),
            overlaps);
    }

    private static CampaignSummary WithoutWindow(string name, decimal payout, decimal allocated)
    {
        return new CampaignSummary(
            name, "", null, null, 0, [], 0, 0, 0m, payout, allocated,
            Ratio.Of(0m, payout), -payout,
            NaiveIncrementality.WithoutWindow, IncrementalView.NoWindow, CampaignOverlaps.None);
    }
}
