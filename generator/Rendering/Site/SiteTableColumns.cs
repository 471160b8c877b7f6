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

    // Column groups (the heading row above the column headings).
    private const string Money = "Money";
    private const string Reach = "Reach";
    private const string Engagement = "Engagement";
    private const string Profile = "Profile";
    private const string Incrementality = "Incrementality";
    private const string Window = "Window";

    /// <summary>
    /// The money columns a reader compares come right after the name, so they show without sideways scrolling at
    /// 1280 px; the CSV files keep SPEC's column order. Engagement rates are means of post rates (or need each post's
    /// reach), so their totals stay blank.
    /// </summary>
    public static IReadOnlyList<TableColumn<InfluencerSummary>> Influencers { get; } =
    [
        new("name", "Influencer", CellKind.Text, r => r.Name) { Link = PageLinks.Influencer<InfluencerSummary>(r => r.InfluencerId) },
        new("revenue", "Revenue", CellKind.Money, r => r.Revenue) { Group = Money, Total = ColumnTotal.Sum },
        new("payout", "Payout", CellKind.Money, r => r.Payout) { Group = Money, Total = ColumnTotal.Sum },
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas) { Group = Money, Total = ColumnTotal.RatioOf("revenue", "payout"), BreakEven = true },
        new("net", "Net return", CellKind.Money, r => r.NetReturn) { Group = Money, Total = ColumnTotal.Sum, CsvName = "net_return" },
        new("orders", "Orders", CellKind.Count, r => r.Orders) { Group = Money, Total = ColumnTotal.Sum },
        new("cpo", "Cost / order", CellKind.Money, r => r.CostPerOrder) { Group = Money, Total = ColumnTotal.RatioOf("payout", "orders"), CsvName = "cost_per_order" },
        new("cpm", "CPM", CellKind.Money, r => r.Cpm) { Group = Money, Total = ColumnTotal.RatioOf("payout", "reach", 1000m) },
        new("basis", "Basis", CellKind.Text, r => r.PaymentBasis) { Group = Money, CsvName = "payment_basis" },
        new("followers", "Followers", CellKind.Count, r => r.FollowerCount) { Group = Reach, Total = ColumnTotal.Sum, CsvName = "follower_count" },
        new("posts", "Posts", CellKind.Count, r => r.Posts) { Group = Reach, Total = ColumnTotal.Sum },
        new("reach", "Reach", CellKind.Count, r => r.Reach) { Group = Reach, Total = ColumnTotal.Sum },
        new("er", "Engagement", CellKind.Percent, r => r.EngagementRate) { Group = Engagement, CsvName = "engagement_rate" },
        new("erw", "Reach-weighted", CellKind.Percent, r => r.EngagementRateWeighted) { Group = Engagement, CsvName = "engagement_rate_weighted" },
        new(PlatformKey, "Platform", CellKind.Text, r => r.Platform) { Group = Profile },
        new("category", "Category", CellKind.Text, r => r.Category) { Group = Profile },
        new("tier", "Tier", CellKind.Text, r => DisplayNames.Of(r.Tier)) { Group = Profile },
        new("id", "ID", CellKind.Text, r => r.InfluencerId) { Group = Profile, CsvName = "influencer_id" },
    ];

    /// <summary>The influencer table of a view: with a "Δ ROAS vs previous period" column after ROAS when the view has a comparison.</summary>
    public static IReadOnlyList<TableColumn<InfluencerSummary>> InfluencersOf(PeriodComparison? comparison) =>
        comparison is null ? Influencers : WithAfter(Influencers, "roas", RoasChange<InfluencerSummary>(comparison.InfluencerRoasChange, r => r.InfluencerId));

    /// <summary>The campaign table of a view: with a "Δ ROAS vs previous period" column after ROAS when the view has a comparison.</summary>
    public static IReadOnlyList<TableColumn<CampaignSummary>> CampaignsOf(PeriodComparison? comparison) =>
        comparison is null ? Campaigns : WithAfter(Campaigns, "roas", RoasChange<CampaignSummary>(comparison.CampaignRoasChange, r => r.Campaign));

    /// <summary>
    /// Money then incrementality after the name; a campaign's influencers may work on other campaigns too, so their
    /// count has no total. iROAS totals over the campaigns with an estimate (Σ incremental / Σ their payout).
    /// </summary>
    public static IReadOnlyList<TableColumn<CampaignSummary>> Campaigns { get; } =
    [
        new("campaign", "Campaign", CellKind.Text, r => r.Campaign) { Link = PageLinks.Campaign<CampaignSummary>(r => r.Campaign) },
        new("brand", "Brand", CellKind.Text, r => r.Brand) { Link = PageLinks.Brand<CampaignSummary>(r => r.Brand) },
        new("revenue", "Revenue", CellKind.Money, r => r.Revenue) { Group = Money, Total = ColumnTotal.Sum },
        new("payout", "Payout", CellKind.Money, r => r.Payout) { Group = Money, Total = ColumnTotal.Sum },
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas) { Group = Money, Total = ColumnTotal.RatioOf("revenue", "payout"), BreakEven = true },
        new("orders", "Orders", CellKind.Count, r => r.Orders) { Group = Money, Total = ColumnTotal.Sum },
        new("incremental", "Incremental", CellKind.Money, r => r.Incremental.IncrementalRevenue) { Group = Incrementality, Total = ColumnTotal.Sum, CsvName = "incremental_revenue" },
        new("iroas", "iROAS", CellKind.Ratio, r => r.Incremental.Iroas) { Group = Incrementality, Total = ColumnTotal.RatioOf("incremental", "payout"), BreakEven = true },
        new("iroas90", "iROAS 90%", CellKind.Text, r => r.Incremental.IroasLow is null ? null : DisplayFormat.RatioInterval(r.Incremental.IroasLow, r.Incremental.IroasHigh)) { Group = Incrementality },
        new("verdict", "Verdict", CellKind.Text, r => r.Incremental.Verdict) { Group = Incrementality },
        new("lift", "Lift", CellKind.Text, r => r.Incremental.Lift) { Group = Incrementality },
        new("share", "Incr. share", CellKind.Percent, r => r.Incremental.IncrementalShare) { Group = Incrementality, CsvName = "incremental_share" },
        new("influencers", "Influencers", CellKind.Count, r => r.Influencers) { Group = Window },
        new("start", "Start", CellKind.Date, r => r.StartDate) { Group = Window, CsvName = "start_date" },
        new("end", "End", CellKind.Date, r => r.EndDate) { Group = Window, CsvName = "end_date" },
        new("note", "Note", CellKind.Text, CampaignNote) { Group = Window },
    ];

    /// <summary>The recommendation table: the reason quotes the view's target and thresholds.</summary>
    public static IReadOnlyList<TableColumn<InfluencerRecommendation>> RecommendationsOf(RecommendationOptions options) =>
    [
        new("name", "Influencer", CellKind.Text, r => r.Name) { Link = PageLinks.Influencer<InfluencerRecommendation>(r => r.InfluencerId) },
        new("id", "ID", CellKind.Text, r => r.InfluencerId) { CsvName = "influencer_id" },
        new(PlatformKey, "Platform", CellKind.Text, r => r.Platform),
        new("action", "Action", CellKind.Text, r => r.Action),
        new("reason", "Reason", CellKind.Text, r => RecommendationReasons.Of(r, options)),
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas) { BreakEven = true },
        new("iroas", "Incr. ROAS", CellKind.Ratio, r => r.IncrementalRoas) { BreakEven = true, CsvName = "incremental_roas" },
        new("iroas90", "Incr. ROAS 90%", CellKind.Text, r => r.IncrementalRoasLow is null ? null : DisplayFormat.RatioInterval(r.IncrementalRoasLow, r.IncrementalRoasHigh)),
        new("payout", "Payout", CellKind.Money, r => r.Payout) { Total = ColumnTotal.Sum },
        new("cpo", "Cost / order", CellKind.Money, r => r.CostPerOrder) { CsvName = "cost_per_order" },
    ];

    public static IReadOnlyList<TableColumn<BrandSummary>> Brands { get; } =
    [
        new("brand", "Brand", CellKind.Text, r => r.Brand) { Link = PageLinks.Brand<BrandSummary>(r => r.Brand) },
        new("campaigns", "Campaigns", CellKind.Count, r => r.Campaigns) { Total = ColumnTotal.Sum },
        new("influencers", "Influencers", CellKind.Count, r => r.Influencers), // an influencer may work for several brands
        new("orders", "Orders", CellKind.Count, r => r.Orders) { Total = ColumnTotal.Sum },
        new("revenue", "Attributed revenue", CellKind.Money, r => r.Revenue) { Total = ColumnTotal.Sum },
        new("organic", "Organic revenue", CellKind.Money, r => r.OrganicRevenue) { Total = ColumnTotal.Sum, CsvName = "organic_revenue" },
        new("payout", "Payout", CellKind.Money, r => r.Payout) { Total = ColumnTotal.Sum },
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas) { Total = ColumnTotal.RatioOf("revenue", "payout"), BreakEven = true },
        new("net", "Net return", CellKind.Money, r => r.NetReturn) { Total = ColumnTotal.Sum, CsvName = "net_return" },
    ];

    public static IReadOnlyList<TableColumn<PersonaSummary>> Personas { get; } =
    [
        new("platform", "Platform", CellKind.Text, r => r.Platform),
        new("category", "Category", CellKind.Text, r => r.Category),
        new("gender", "Gender", CellKind.Text, r => r.Gender),
        new("tier", "Tier", CellKind.Text, r => DisplayNames.Of(r.Tier)) { CsvName = "follower_tier" },
        new("influencers", "Influencers", CellKind.Count, r => r.Influencers) { Total = ColumnTotal.Sum },
        new("posts", "Posts", CellKind.Count, r => r.Posts) { Total = ColumnTotal.Sum },
        new("revenue", "Revenue", CellKind.Money, r => r.Revenue) { Total = ColumnTotal.Sum },
        new("payout", "Payout", CellKind.Money, r => r.Payout) { Total = ColumnTotal.Sum },
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas) { Total = ColumnTotal.RatioOf("revenue", "payout"), BreakEven = true },
        new("er", "Engagement", CellKind.Percent, r => r.EngagementRate) { CsvName = "engagement_rate" },
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
        new("roas-change", "Δ ROAS vs previous period", CellKind.RatioChange, r => changes.TryGetValue(key(r), out var change) ? change : null) { Group = Money };

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
