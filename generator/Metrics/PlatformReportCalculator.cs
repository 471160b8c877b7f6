using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Every metric of one view, from that view's data.</summary>
internal static class PlatformReportCalculator
{
    /// <param name="rules">The recommendation rules' target and thresholds.</param>
    /// <param name="estimates">For a month or quarter: the same platform's All-time campaigns, whose estimates it shows; null for All time.</param>
    public static PlatformReport Compute(
        DataSet view,
        string name,
        bool isAll,
        IReadOnlyDictionary<string, Incrementality.CampaignLift> lifts,
        int payoutDecimals,
        Recommendations.RecommendationOptions rules,
        Periods.AllTimeEstimates? estimates = null)
    {
        var influencers = InfluencerCalculator.Compute(view);
        var allocation = PayoutAllocator.Allocate(view, payoutDecimals);
        var campaigns = CampaignCalculator.Compute(view, allocation, lifts);
        if (estimates is not null)
        {
            campaigns = estimates.Apply(campaigns);
        }

        var personas = PersonaCalculator.Compute(influencers, view.Posts);
        var bases = PayoutBasisCalculator.Compute(view);
        return new PlatformReport(
            name,
            isAll,
            KpiCalculator.Compute(view, allocation, estimates?.HeadlineCampaigns(campaigns) ?? campaigns),
            influencers,
            campaigns,
            personas,
            BrandCalculator.Compute(view, allocation),
            bases,
            TrendCalculator.Compute(view),
            InsightFinder.Find(influencers, campaigns, personas, bases),
            estimates?.Issues ?? view.Issues)
        {
            IssueReasons = estimates?.IssueReasons ?? IssueReasons.Count(view.Issues),
            Recommendations = Recommendations.RecommendationCalculator.Compute(view, influencers, lifts, rules),
        };
    }
}
