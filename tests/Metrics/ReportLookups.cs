using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

/// <summary>Finds one row of a view by its key, failing the test when it is missing or repeated.</summary>
internal static class ReportLookups
{
    public static InfluencerSummary Influencer(this PlatformReport r, string id) => r.Influencers.Single(i => i.InfluencerId == id);

    public static CampaignSummary Campaign(this PlatformReport r, string name) => r.Campaigns.Single(c => c.Campaign == name);

    public static BrandSummary Brand(this PlatformReport r, string name) => r.Brands.Single(b => b.Brand == name);

    public static PlatformReport Platform(this ReportModel m, string name) => m.Platforms.Single(p => p.Name == name);
}
