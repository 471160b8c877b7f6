using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>The headline figures of a view.</summary>
internal static class KpiCalculator
{
    /// <param name="headlineCampaigns">The campaigns the headline iROAS pools (a period's: their All-time rows).</param>
    public static KpiSummary Compute(DataSet data, PayoutAllocation allocation, IReadOnlyList<CampaignSummary> headlineCampaigns)
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

        return new KpiSummary(
            revenue,
            organic,
            payout,
            Ratio.Of(revenue, payout),
            Incrementality.HeadlineIroas.Of(headlineCampaigns),
            revenue - payout,
            orders,
            data.Influencers.Count,
            data.Posts.Sum(p => p.Posts),
            allocation.Unallocated);
    }
}
