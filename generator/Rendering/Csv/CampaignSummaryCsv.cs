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
        Number<CampaignSummary>("baseline_revenue", r => r.BaselineRevenue),
        Number<CampaignSummary>("incremental_revenue", r => r.IncrementalRevenue),
        Number<CampaignSummary>("iroas", r => r.Iroas),
        Flag<CampaignSummary>("overlap_flag", r => r.OverlapFlag),
    ]);
}
