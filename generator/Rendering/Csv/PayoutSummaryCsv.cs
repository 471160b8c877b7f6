using RoiReportGen.Metrics;
using static RoiReportGen.Rendering.Csv.CsvColumns;

namespace RoiReportGen.Rendering.Csv;

/// <summary>payout_summary.csv: the split of payout and of influencers by basis (post vs order).</summary>
public static class PayoutSummaryCsv
{
    public static CsvTable<PayoutBasisSummary> Table { get; } = new("payout_summary.csv",
    [
        Text<PayoutBasisSummary>("basis", r => r.Basis),
        Count<PayoutBasisSummary>("influencers", r => r.Influencers),
        Percentage<PayoutBasisSummary>("influencer_share", r => r.InfluencerShare),
        Money<PayoutBasisSummary>("payout", r => r.Payout),
        Percentage<PayoutBasisSummary>("payout_share", r => r.PayoutShare),
    ]);
}
