using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Every metric of one view, from that view's data.</summary>
internal static class PlatformReportCalculator
{
    public static PlatformReport Compute(
        DataSet view, string name, bool isAll, IReadOnlyDictionary<string, Incrementality.CampaignLift> lifts, int payoutDecimals)
    {
        var influencers = InfluencerCalculator.Compute(view);
        var allocation = PayoutAllocator.Allocate(view, payoutDecimals);
        var campaigns = CampaignCalculator.Compute(view, allocation, lifts);
        var personas = PersonaCalculator.Compute(influencers, view.Posts);
        var bases = PayoutBasisCalculator.Compute(view);
        return new PlatformReport(
            name,
            isAll,
            KpiCalculator.Compute(view, campaigns, allocation),
            influencers,
            campaigns,
            personas,
            BrandCalculator.Compute(view, allocation),
            bases,
            TrendCalculator.Compute(view),
            InsightFinder.Find(influencers, campaigns, personas, bases),
            view.Issues);
    }
}
