using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Metrics.Recommendations;

namespace RoiReportGen.Rendering.Site;

/// <summary>The columns of the page's tables (the CSV downloads carry every column at full precision).</summary>
public static class SiteTableColumns
{
    /// <summary>The influencer table's platform column, which platform tabs filter the All rows by.</summary>
    public const string PlatformKey = "platform";

    public static IReadOnlyList<TableColumn<InfluencerSummary>> Influencers { get; } =
    [
        new("name", "Influencer", CellKind.Text, r => r.Name) { Link = PageLinks.Influencer<InfluencerSummary>(r => r.InfluencerId) },
        new("id", "ID", CellKind.Text, r => r.InfluencerId),
        new(PlatformKey, "Platform", CellKind.Text, r => r.Platform),
        new("category", "Category", CellKind.Text, r => r.Category),
        new("tier", "Tier", CellKind.Text, r => DisplayNames.Of(r.Tier)),
        new("followers", "Followers", CellKind.Count, r => r.FollowerCount),
        new("posts", "Posts", CellKind.Count, r => r.Posts),
        new("er", "Engagement", CellKind.Percent, r => r.EngagementRate),
        new("erw", "Reach-weighted", CellKind.Percent, r => r.EngagementRateWeighted),
        new("orders", "Orders", CellKind.Count, r => r.Orders),
        new("revenue", "Revenue", CellKind.Money, r => r.Revenue),
        new("payout", "Payout", CellKind.Money, r => r.Payout),
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas),
        new("net", "Net return", CellKind.Money, r => r.NetReturn),
        new("basis", "Basis", CellKind.Text, r => r.PaymentBasis),
        new("cpo", "Cost / order", CellKind.Money, r => r.CostPerOrder),
        new("cpm", "CPM", CellKind.Money, r => r.Cpm),
    ];

    /// <summary>The influencer table of a view: with a "Δ ROAS vs previous period" column after ROAS when the view has a comparison.</summary>
    public static IReadOnlyList<TableColumn<InfluencerSummary>> InfluencersOf(PeriodComparison? comparison) =>
        comparison is null ? Influencers : WithAfter(Influencers, "roas", RoasChange<InfluencerSummary>(comparison.InfluencerRoasChange, r => r.InfluencerId));

    /// <summary>The campaign table of a view: with a "Δ ROAS vs previous period" column after ROAS when the view has a comparison.</summary>
    public static IReadOnlyList<TableColumn<CampaignSummary>> CampaignsOf(PeriodComparison? comparison) =>
        comparison is null ? Campaigns : WithAfter(Campaigns, "roas", RoasChange<CampaignSummary>(comparison.CampaignRoasChange, r => r.Campaign));

    public static IReadOnlyList<TableColumn<CampaignSummary>> Campaigns { get; } =
    [
        new("campaign", "Campaign", CellKind.Text, r => r.Campaign) { Link = PageLinks.Campaign<CampaignSummary>(r => r.Campaign) },
        new("brand", "Brand", CellKind.Text, r => r.Brand) { Link = PageLinks.Brand<CampaignSummary>(r => r.Brand) },
        new("start", "Start", CellKind.Date, r => r.StartDate),
        new("end", "End", CellKind.Date, r => r.EndDate),
        new("influencers", "Influencers", CellKind.Count, r => r.Influencers),
        new("orders", "Orders", CellKind.Count, r => r.Orders),
        new("revenue", "Revenue", CellKind.Money, r => r.Revenue),
        new("payout", "Payout", CellKind.Money, r => r.Payout),
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas),
        new("incremental", "Incremental", CellKind.Money, r => r.Incremental.IncrementalRevenue),
        new("iroas", "iROAS", CellKind.Ratio, r => r.Incremental.Iroas),
        new("iroas90", "iROAS 90%", CellKind.Text, r => r.Incremental.IroasLow is null ? null : DisplayFormat.RatioInterval(r.Incremental.IroasLow, r.Incremental.IroasHigh)),
        new("verdict", "Verdict", CellKind.Text, r => r.Incremental.Verdict),
        new("share", "Incr. share", CellKind.Percent, r => r.Incremental.IncrementalShare),
        new("note", "Note", CellKind.Text, CampaignNote),
    ];

    /// <summary>The recommendation table: the reason quotes the view's target and thresholds.</summary>
    public static IReadOnlyList<TableColumn<InfluencerRecommendation>> RecommendationsOf(RecommendationOptions options) =>
    [
        new("name", "Influencer", CellKind.Text, r => r.Name) { Link = PageLinks.Influencer<InfluencerRecommendation>(r => r.InfluencerId) },
        new("id", "ID", CellKind.Text, r => r.InfluencerId),
        new(PlatformKey, "Platform", CellKind.Text, r => r.Platform),
        new("action", "Action", CellKind.Text, r => r.Action),
        new("reason", "Reason", CellKind.Text, r => RecommendationReasons.Of(r, options)),
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas),
        new("iroas", "Incr. ROAS", CellKind.Ratio, r => r.IncrementalRoas),
        new("iroas90", "Incr. ROAS 90%", CellKind.Text, r => r.IncrementalRoasLow is null ? null : DisplayFormat.RatioInterval(r.IncrementalRoasLow, r.IncrementalRoasHigh)),
        new("payout", "Payout", CellKind.Money, r => r.Payout),
        new("cpo", "Cost / order", CellKind.Money, r => r.CostPerOrder),
    ];

    public static IReadOnlyList<TableColumn<BrandSummary>> Brands { get; } =
    [
        new("brand", "Brand", CellKind.Text, r => r.Brand) { Link = PageLinks.Brand<BrandSummary>(r => r.Brand) },
        new("campaigns", "Campaigns", CellKind.Count, r => r.Campaigns),
        new("influencers", "Influencers", CellKind.Count, r => r.Influencers),
        new("orders", "Orders", CellKind.Count, r => r.Orders),
        new("revenue", "Attributed revenue", CellKind.Money, r => r.Revenue),
        new("organic", "Organic revenue", CellKind.Money, r => r.OrganicRevenue),
        new("payout", "Payout", CellKind.Money, r => r.Payout),
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas),
        new("net", "Net return", CellKind.Money, r => r.NetReturn),
    ];

    public static IReadOnlyList<TableColumn<PersonaSummary>> Personas { get; } =
    [
        new("platform", "Platform", CellKind.Text, r => r.Platform),
        new("category", "Category", CellKind.Text, r => r.Category),
        new("gender", "Gender", CellKind.Text, r => r.Gender),
        new("tier", "Tier", CellKind.Text, r => DisplayNames.Of(r.Tier)),
        new("influencers", "Influencers", CellKind.Count, r => r.Influencers),
        new("posts", "Posts", CellKind.Count, r => r.Posts),
        new("revenue", "Revenue", CellKind.Money, r => r.Revenue),
        new("payout", "Payout", CellKind.Money, r => r.Payout),
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas),
        new("er", "Engagement", CellKind.Percent, r => r.EngagementRate),
    ];

    public static IReadOnlyList<TableColumn<DataIssue>> Issues { get; } =
    [
        new("file", "File", CellKind.Text, r => r.File),
        new("line", "Line", CellKind.Count, r => r.Line),
        new("column", "Column", CellKind.Text, r => r.Column),
        new("value", "Value", CellKind.Text, r => r.Value),
        new("reason", "Reason", CellKind.Text, r => r.Reason),
        new("action", "Action", CellKind.Text, r => DisplayNames.Of(r.Action)),
    ];

    /// <summary>The mark of a campaign whose window runs past the period; the legend under the table explains it.</summary>
    public const string WindowRunsPastMark = "† window runs past this period";

    // A row missing from the comparison (it had no previous period) shows the undefined mark, like a null change.
    private static TableColumn<TRow> RoasChange<TRow>(IReadOnlyDictionary<string, decimal?> changes, Func<TRow, string> key) =>
        new("roas-change", "Δ ROAS vs previous period", CellKind.RatioChange, r => changes.TryGetValue(key(r), out var change) ? change : null);

    private static IReadOnlyList<TableColumn<TRow>> WithAfter<TRow>(IReadOnlyList<TableColumn<TRow>> columns, string key, TableColumn<TRow> added)
    {
        var at = columns.Select((c, i) => (c, i)).Single(x => x.c.Key == key).i + 1;
        return [.. columns.Take(at), added, .. columns.Skip(at)];
    }

    // The caveats a reader of the iROAS columns needs, in words.
    private static string CampaignNote(CampaignSummary campaign)
    {
        var notes = new List<string>();
        if (campaign.WindowRunsPastPeriod)
        {
            notes.Add(WindowRunsPastMark);
        }

        if (campaign.Incremental.Method == Metrics.Incrementality.EstimateMethods.PrePeriodLevel)
        {
            notes.Add("no control products: pre-period level");
        }

        if (campaign.OverlapFlag)
        {
            notes.Add("overlaps " + OverlapText.Names(campaign.Overlaps));
        }

        if (campaign.Incremental.OverlapGroup.Count > 0)
        {
            notes.Add($"lift measured jointly for {DisplayFormat.Count(campaign.Incremental.OverlapGroup.Count)} campaigns, shared by attributed revenue");
        }

        return string.Join("; ", notes);
    }
}
