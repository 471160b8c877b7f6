using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>
/// Every metric for one view: "All", or one platform (its influencers, their posts, tracking rows and
/// payouts, plus all organic revenue — organic revenue belongs to no platform, so the iROAS baseline
/// and window revenue of a platform view still count it).
/// </summary>
/// <param name="Name">"All" or the platform's name as normalised by the loader.</param>
/// <param name="IsAll">True for the all-platforms view.</param>
/// <param name="Influencers">Ordered by ROAS descending (undefined last), then revenue descending, then id.</param>
/// <param name="Campaigns">Ordered by campaign name (ordinal).</param>
/// <param name="Personas">Ordered by platform, category, gender, tier.</param>
/// <param name="Brands">Ordered by brand name (ordinal).</param>
/// <param name="PayoutBasis">"post" then "order".</param>
/// <param name="Issues">The data issues of this view (for a platform: those tied to its influencers).</param>
public sealed record PlatformReport(
    string Name,
    bool IsAll,
    KpiSummary Kpis,
    IReadOnlyList<InfluencerSummary> Influencers,
    IReadOnlyList<CampaignSummary> Campaigns,
    IReadOnlyList<PersonaSummary> Personas,
    IReadOnlyList<BrandSummary> Brands,
    IReadOnlyList<PayoutBasisSummary> PayoutBasis,
    IReadOnlyList<DailyTrendPoint> Trend,
    ReportInsights Insights,
    IReadOnlyList<DataIssue> Issues)
{
    /// <summary><see cref="Issues"/> counted by file and general reason (<see cref="Metrics.IssueReasons"/>).</summary>
    public IReadOnlyList<IssueReasonCount> IssueReasons { get; init; } = [];

    /// <summary>The change against the previous period of the same kind; null for All time and for a first month or quarter.</summary>
    public Periods.PeriodComparison? Comparison { get; init; }

    /// <summary>An action per influencer of this view and the two what-ifs (SPEC 2, "Recommendations").</summary>
    public Recommendations.RecommendationReport Recommendations { get; init; } =
        RoiReportGen.Metrics.Recommendations.RecommendationReport.Empty(RoiReportGen.Metrics.Recommendations.RecommendationOptions.Default);
}
