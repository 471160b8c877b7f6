using System.Globalization;
using RoiReportGen.Metrics;
using static RoiReportGen.Rendering.Csv.CsvColumns;

namespace RoiReportGen.Rendering.Csv;

/// <summary>campaign_summary.csv: exactly SPEC 3's columns, in its order.</summary>
public static class CampaignSummaryCsv
{
    public static CsvTable<CampaignSummary> Table { get; } = new("campaign_summary.csv",
    [
        Text<CampaignSummary>("campaign", r => r.Campaign),
        Text<CampaignSummary>("brand", r => r.Brand),
        Date<CampaignSummary>("start_date", r => r.StartDate),
        Date<CampaignSummary>("end_date", r => r.EndDate),
        Count<CampaignSummary>("influencers", r => r.Influencers),
        Count<CampaignSummary>("orders", r => r.Orders),
        Money<CampaignSummary>("revenue", r => r.Revenue),
        Money<CampaignSummary>("payout", r => r.Payout),
        Ratio<CampaignSummary>("roas", r => r.Roas),
        Money<CampaignSummary>("counterfactual_revenue", r => r.Incremental.CounterfactualRevenue),
        Money<CampaignSummary>("incremental_revenue", r => r.Incremental.IncrementalRevenue),
        Money<CampaignSummary>("incremental_revenue_low", r => r.Incremental.IncrementalRevenueLow),
        Money<CampaignSummary>("incremental_revenue_high", r => r.Incremental.IncrementalRevenueHigh),
        Ratio<CampaignSummary>("iroas", r => r.Incremental.Iroas),
        Ratio<CampaignSummary>("iroas_low", r => r.Incremental.IroasLow),
        Ratio<CampaignSummary>("iroas_high", r => r.Incremental.IroasHigh),
        Percentage<CampaignSummary>("incremental_share", r => r.Incremental.IncrementalShare),
        Text<CampaignSummary>("verdict", r => r.Incremental.Verdict),
        Text<CampaignSummary>("lift", r => r.Incremental.Lift),
        Money<CampaignSummary>("incremental_revenue_tail", r => r.Incremental.TailRevenue),
        Money<CampaignSummary>("halo_revenue", r => r.Incremental.HaloRevenue),
        Money<CampaignSummary>("minimum_detectable_lift", r => r.Incremental.MinimumDetectableLift),
        Text<CampaignSummary>("sale_week", r => r.Incremental.SaleWeek),
        Text<CampaignSummary>("method", r => r.Incremental.Method),
        Text<CampaignSummary>("overlap_group", r => OverlapGroupCell(r.Incremental.OverlapGroup)),
        Money<CampaignSummary>("naive_baseline_revenue", r => r.Naive.BaselineRevenue),
        Money<CampaignSummary>("naive_incremental_revenue", r => r.Naive.IncrementalRevenue),
        Ratio<CampaignSummary>("naive_iroas", r => r.Naive.Iroas),
    ]);

    /// <summary>Most names of one overlap group a cell lists; a larger group ends with ";… N more".</summary>
    public const int GroupNamesListed = 20;

    // The group's campaigns, ';'-joined (ordinal order). Capped like the page's overlap notes (issue 11 item 8):
    // 1,000 campaigns in one group would otherwise repeat 1,000 names on each of 1,000 rows.
    private static string OverlapGroupCell(IReadOnlyList<string> group) =>
        group.Count <= GroupNamesListed
            ? string.Join(';', group)
            : string.Join(';', group.Take(GroupNamesListed)) + string.Create(CultureInfo.InvariantCulture, $";… {group.Count - GroupNamesListed} more");
}
