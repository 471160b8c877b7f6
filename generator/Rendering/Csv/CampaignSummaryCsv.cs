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
        Number<CampaignSummary>("revenue", r => r.Revenue),
        Number<CampaignSummary>("payout", r => r.Payout),
        Number<CampaignSummary>("roas", r => r.Roas),
        Number<CampaignSummary>("counterfactual_revenue", r => r.Incremental.CounterfactualRevenue),
        Number<CampaignSummary>("incremental_revenue", r => r.Incremental.IncrementalRevenue),
        Number<CampaignSummary>("incremental_revenue_low", r => r.Incremental.IncrementalRevenueLow),
        Number<CampaignSummary>("incremental_revenue_high", r => r.Incremental.IncrementalRevenueHigh),
        Number<CampaignSummary>("iroas", r => r.Incremental.Iroas),
        Number<CampaignSummary>("iroas_low", r => r.Incremental.IroasLow),
        Number<CampaignSummary>("iroas_high", r => r.Incremental.IroasHigh),
        Number<CampaignSummary>("incremental_share", r => r.Incremental.IncrementalShare),
        Text<CampaignSummary>("verdict", r => r.Incremental.Verdict),
        Text<CampaignSummary>("method", r => r.Incremental.Method),
        Text<CampaignSummary>("overlap_group", r => string.Join(';', r.Incremental.OverlapGroup)),
        Number<CampaignSummary>("naive_baseline_revenue", r => r.Naive.BaselineRevenue),
        Number<CampaignSummary>("naive_incremental_revenue", r => r.Naive.IncrementalRevenue),
        Number<CampaignSummary>("naive_iroas", r => r.Naive.Iroas),
    ]);
}
