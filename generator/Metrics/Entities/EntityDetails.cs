using RoiReportGen.Data;

namespace RoiReportGen.Metrics.Entities;

/// <summary>
/// What the entity pages show beyond the report's tables (SPEC 3, "Entity pages"), computed once from the data set.
/// Memory: the records point at the loaded rows and the All-time view's summaries (never copies); the only new rows are
/// one per influencer × campaign, per brand × product / influencer / campaign, and per influencer × week with revenue.
/// </summary>
/// <param name="Influencers">One per influencer of the roster, in the All view's order (ROAS descending).</param>
/// <param name="Campaigns">One per campaign of the All view, in its order (name, ordinal).</param>
/// <param name="Brands">One per brand of the All view, in its order (name, ordinal).</param>
/// <param name="FirstDay">The first tracking day: 7-day block i of <see cref="InfluencerDetail.Weeks"/> starts i × 7 days later; null without tracking.</param>
public sealed record EntityDetails(
    IReadOnlyList<InfluencerDetail> Influencers,
    IReadOnlyList<CampaignDetail> Campaigns,
    IReadOnlyList<BrandDetail> Brands,
    DateOnly? FirstDay)
{
    public static EntityDetails Empty { get; } = new([], [], [], null);

    /// <summary>The first day of 7-day block <paramref name="index"/> (never past the calendar: blocks hold tracking days).</summary>
    public DateOnly WeekStart(int index) =>
        DateOnly.FromDayNumber((FirstDay ?? throw new InvalidOperationException("no tracking data")).DayNumber + (index * 7));
}

/// <summary>One influencer's page.</summary>
/// <param name="Summary">Its row of the All-time All view.</param>
/// <param name="PlatformRank">Its place by ROAS among its platform's influencers (1 = best); null when its ROAS is undefined.</param>
/// <param name="PlatformRanked">How many of its platform's influencers have a ROAS (the "of N").</param>
/// <param name="TierRank">Its place by ROAS among its platform's influencers of its follower tier; null when its ROAS is undefined.</param>
/// <param name="TierRanked">How many of those have a ROAS.</param>
/// <param name="Weeks">Attributed revenue and orders per 7-day block from <see cref="EntityDetails.FirstDay"/>, only blocks with a row, in order.</param>
/// <param name="Campaigns">Its campaigns (attributed rows or payout rows naming them), ordered by name (ordinal).</param>
/// <param name="Posts">Its latest posts (see <see cref="PostRow"/>), latest first.</param>
/// <param name="Payouts">Its payout rows, file order.</param>
/// <param name="Issues">The data issues of its rows in any file, in the report's issue order.</param>
public sealed record InfluencerDetail(
    InfluencerSummary Summary,
    int? PlatformRank,
    int PlatformRanked,
    int? TierRank,
    int TierRanked,
    IReadOnlyList<WeekRevenue> Weeks,
    IReadOnlyList<InfluencerCampaign> Campaigns,
    IReadOnlyList<PostRow> Posts,
    IReadOnlyList<Payout> Payouts,
    IReadOnlyList<DataIssue> Issues)
{
    /// <summary>Accepted posts the page does not list (only the latest are kept); their figures are in the KPIs.</summary>
    public long PostsNotListed => Math.Max(0, Summary.Posts - Posts.Count);
}

/// <summary>A 7-day block of one influencer's attributed revenue.</summary>
/// <param name="Index">The block's number from <see cref="EntityDetails.FirstDay"/> (see <see cref="EntityDetails.WeekStart"/>).</param>
public sealed record WeekRevenue(int Index, long Orders, decimal Revenue);

/// <summary>
/// One influencer in one campaign: its attributed orders and revenue there, and its payout for it (the rows naming
/// the campaign plus its share of its campaign-less rows, SPEC 2); the campaign's ROAS of this pair and the campaign's
/// own iROAS and verdict (estimated for the campaign as a whole).
/// </summary>
/// <param name="Roas">Revenue / Payout; null when Payout is 0.</param>
public sealed record InfluencerCampaign(
    string InfluencerId,
    string InfluencerName,
    string Campaign,
    long Orders,
    decimal Revenue,
    decimal Payout,
    decimal? Roas,
    CampaignSummary? CampaignSummary);

/// <summary>One campaign's page: its row of the All view and its influencers (ordered by revenue descending, then id).</summary>
public sealed record CampaignDetail(CampaignSummary Summary, IReadOnlyList<InfluencerCampaign> Influencers);

/// <summary>One brand's page.</summary>
/// <param name="Campaigns">Campaigns with attributed rows of the brand: the brand's orders and revenue in each, by name (ordinal).</param>
/// <param name="Products">Its products: attributed and organic orders and revenue, by revenue descending, then name.</param>
/// <param name="Influencers">Influencers who sold it: their attributed orders and revenue of the brand, by revenue descending, then id.</param>
public sealed record BrandDetail(
    BrandSummary Summary,
    IReadOnlyList<BrandShare> Campaigns,
    IReadOnlyList<BrandProduct> Products,
    IReadOnlyList<BrandShare> Influencers);

/// <summary>A brand's orders and revenue through one campaign or one influencer (<paramref name="Key"/>: its name or id).</summary>
public sealed record BrandShare(string Key, string Name, long Orders, decimal Revenue);

/// <summary>A brand's product: attributed and organic sales.</summary>
public sealed record BrandProduct(string Product, long Orders, decimal Revenue, long OrganicOrders, decimal OrganicRevenue);
