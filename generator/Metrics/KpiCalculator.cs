using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>The headline figures of a view.</summary>
internal static class KpiCalculator
{
    public static KpiSummary Compute(DataSet data, IReadOnlyList<CampaignSummary> campaigns, PayoutAllocation allocation)
    {
        long orders = 0;
        decimal revenue = 0m, organic = 0m;
        foreach (var t in data.Tracking)
        {
            if (t.IsOrganic)
            {
                organic += t.Revenue;
            }
            else
            {
                orders += t.Orders;
                revenue += t.Revenue;
            }
        }

        var payout = data.Payouts.Sum(p => p.TotalPayout);

        // Pooled over the campaigns that have an iROAS, not a mean of their ratios: big campaigns weigh more.
        var measured = campaigns.Where(c => c.Iroas is not null).ToList();
        var iroas = measured.Count == 0
            ? null
            : Ratio.Of(measured.Sum(c => c.IncrementalRevenue ?? 0m), measured.Sum(c => c.Payout));

        return new KpiSummary(
            revenue,
            organic,
            payout,
            Ratio.Of(revenue, payout),
            iroas,
            revenue - payout,
            orders,
            data.Influencers.Count,
            data.Posts.Sum(p => p.Posts),
            allocation.Unallocated);
    }
}
