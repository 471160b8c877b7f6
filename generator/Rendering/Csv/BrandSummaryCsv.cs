using RoiReportGen.Metrics;
using static RoiReportGen.Rendering.Csv.CsvColumns;

namespace RoiReportGen.Rendering.Csv;

/// <summary>brand_summary.csv: attributed and organic revenue and allocated payout per brand.</summary>
public static class BrandSummaryCsv
{
    public static CsvTable<BrandSummary> Table { get; } = new("brand_summary.csv",
    [
        Text<BrandSummary>("brand", r => r.Brand),
        Count<BrandSummary>("campaigns", r => r.Campaigns),
        Count<BrandSummary>("influencers", r => r.Influencers),
        Count<BrandSummary>("orders", r => r.Orders),
        Money<BrandSummary>("revenue", r => r.Revenue),
        Money<BrandSummary>("organic_revenue", r => r.OrganicRevenue),
        Money<BrandSummary>("payout", r => r.Payout),
        Ratio<BrandSummary>("roas", r => r.Roas),
        Money<BrandSummary>("net_return", r => r.NetReturn),
    ]);
}
