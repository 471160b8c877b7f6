using RoiReportGen.Metrics.Recommendations;
using static RoiReportGen.Rendering.Csv.CsvColumns;

namespace RoiReportGen.Rendering.Csv;

/// <summary>
/// recommendations.csv (SPEC 3 and issue 15): one row per influencer of the view, in the report's order (action,
/// then payout descending, then id). `incremental_roas*` is the allocation of SPEC 2 (an estimate, not a
/// measurement); `what_if_order_basis_payout` is filled only for influencers paid per post alone.
/// </summary>
public static class RecommendationsCsv
{
    public const string FileName = "recommendations.csv";

    /// <summary>The table for one view: the reason's words quote the view's target and thresholds.</summary>
    public static CsvTable<InfluencerRecommendation> Table(RecommendationOptions options) => new(FileName,
    [
        Text<InfluencerRecommendation>("influencer_id", r => r.InfluencerId),
        Text<InfluencerRecommendation>("name", r => r.Name),
        Text<InfluencerRecommendation>("platform", r => r.Platform),
        Text<InfluencerRecommendation>("action", r => r.Action),
        Text<InfluencerRecommendation>("reason", r => RecommendationReasons.Of(r, options)),
        Ratio<InfluencerRecommendation>("roas", r => r.Roas),
        Ratio<InfluencerRecommendation>("incremental_roas", r => r.IncrementalRoas),
        Ratio<InfluencerRecommendation>("incremental_roas_low", r => r.IncrementalRoasLow),
        Ratio<InfluencerRecommendation>("incremental_roas_high", r => r.IncrementalRoasHigh),
        Money<InfluencerRecommendation>("payout", r => r.Payout),
        Money<InfluencerRecommendation>("cost_per_order", r => r.CostPerOrder),
        Money<InfluencerRecommendation>("what_if_order_basis_payout", r => r.WhatIfOrderBasisPayout),
    ]);
}
