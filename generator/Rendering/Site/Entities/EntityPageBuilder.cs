using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Entities;
using RoiReportGen.Rendering.Charts;

namespace RoiReportGen.Rendering.Site.Entities;

/// <summary>Formats one entity's details into its page model; the entity templates only lay it out.</summary>
public sealed class EntityPageBuilder(ReportModel model, EntityLinks links, string title)
{
    /// <summary>The key of the element ids inside an entity page (one page, one key).</summary>
    public const string IdKey = "entity";

    private readonly Dictionary<string, CampaignSummary> campaigns = model.All.Campaigns.ToDictionary(c => c.Campaign, StringComparer.Ordinal);

    // The brands of each campaign (those of its attributed rows), from the brand details: no name is split on "; ".
    private readonly Dictionary<string, List<string>> campaignBrands = model.Entities.Brands
        .SelectMany(b => b.Campaigns.Select(c => (Campaign: c.Key, b.Summary.Brand)))
        .GroupBy(x => x.Campaign, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Brand).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    // The All × All-time recommendations: the page is about the influencer across the whole report.
    private readonly Dictionary<string, Metrics.Recommendations.InfluencerRecommendation> recommendations =
        model.All.Recommendations.Influencers.ToDictionary(r => r.InfluencerId, StringComparer.Ordinal);

    public InfluencerPage Influencer(InfluencerDetail detail) => InfluencerWithoutRecommendation(detail) with
    {
        Recommendation = recommendations.GetValueOrDefault(detail.Summary.InfluencerId) is { } r
            ? new RecommendationLine(r.Action, RecommendationReasons.Of(r, model.All.Recommendations.Options))
            : null,
    };

    private InfluencerPage InfluencerWithoutRecommendation(InfluencerDetail detail)
    {
        var s = detail.Summary;
        var tier = DisplayNames.Of(s.Tier);
        return new InfluencerPage(
            Shell("Influencer", s.Name, s.Platform),
            s.InfluencerId,
            [
                Fact("Influencer id", s.InfluencerId),
                Fact("Platform", s.Platform),
                Fact("Category", s.Category),
                Fact("Gender", s.Gender),
                Fact("Followers", DisplayFormat.Count(s.FollowerCount)),
                Fact("Follower tier", tier),
                Fact("Payment basis", s.PaymentBasis.Length == 0 ? "no payout rows" : s.PaymentBasis),
            ],
            [
                new KpiCard("ROAS", DisplayFormat.Ratio(s.Roas), Rank(detail.PlatformRank, detail.PlatformRanked, $"on {s.Platform}")),
                new KpiCard("Rank in tier", detail.TierRank is { } t ? $"{DisplayFormat.Count(t)} of {DisplayFormat.Count(detail.TierRanked)}" : DisplayFormat.Undefined, $"{tier} influencers on {s.Platform}, by ROAS"),
                new KpiCard("Revenue", DisplayFormat.Money(s.Revenue), "attributed"),
                new KpiCard("Payout", DisplayFormat.Money(s.Payout), "paid"),
                new KpiCard("Net return", DisplayFormat.Money(s.NetReturn), "revenue − payout"),
                new KpiCard("Orders", DisplayFormat.Count(s.Orders), $"cost per order {DisplayFormat.Money(s.CostPerOrder)}"),
                new KpiCard("Posts", DisplayFormat.Count(s.Posts), $"reach {DisplayFormat.Count(s.Reach)}"),
                new KpiCard("Engagement rate", DisplayFormat.Percent(s.EngagementRate), "mean of its posts' rates"),
            ],
            ChartBlock.From(InfluencerWeeksChart.Build(IdKey, detail, model.Entities, links.Slugs), EntityLinks.Root),
            new EntityTable(
                "Its campaigns",
                [new("Campaign"), new("Orders", true), new("Revenue", true), new("Payout (allocated)", true), new("ROAS", true), new("Campaign iROAS", true), new("Verdict")],
                [.. detail.Campaigns.Select(c => (IReadOnlyList<EntityCell>)[
                    new EntityCell(c.Campaign, links.Campaign(c.Campaign)),
                    DisplayFormat.Count(c.Orders),
                    DisplayFormat.Money(c.Revenue),
                    DisplayFormat.Money(c.Payout),
                    DisplayFormat.Ratio(c.Roas),
                    DisplayFormat.Ratio(c.CampaignSummary?.Incremental.Iroas),
                    c.CampaignSummary?.Incremental.Verdict ?? DisplayFormat.Undefined])],
                "No campaign: no attributed orders and no payout naming a campaign.",
                "Payout: the rows naming the campaign plus its share of the influencer's campaign-less rows. iROAS and verdict are the campaign's own, estimated for all its influencers together."),
            new EntityTable(
                "Its posts",
                [new("Date"), new("Caption"), new("Reach", true), new("Likes", true), new("Comments", true), new("Engagement rate", true), new("Post")],
                [.. detail.Posts.Select(p => (IReadOnlyList<EntityCell>)[
                    DisplayFormat.Date(p.Date),
                    p.Caption,
                    DisplayFormat.Count(p.Reach),
                    DisplayFormat.Count(p.Likes),
                    DisplayFormat.Count(p.Comments),
                    DisplayFormat.Percent(PostEngagement.Rate(p)),
                    EntityLinks.Url(p.Url)])],
                "No accepted posts.",
                detail.PostsNotListed > 0
                    ? $"The latest {DisplayFormat.Count(detail.Posts.Count)} posts; {DisplayFormat.Count(detail.PostsNotListed)} earlier ones count in the figures above but are not listed."
                    : ""),
            new EntityTable(
                "Its payout rows",
                [new("Line", true), new("Campaign"), new("Basis"), new("Rate", true), new("Orders", true), new("Total payout", true), new("Date")],
                [.. detail.Payouts.Select(p => (IReadOnlyList<EntityCell>)[
                    DisplayFormat.Count(p.Line),
                    p.Campaign.Length == 0 ? new EntityCell("(none: allocated)") : new EntityCell(p.Campaign, links.Campaign(p.Campaign)),
                    p.Basis == PayoutBasis.Post ? "post" : "order",
                    DisplayFormat.Money(p.Rate),
                    DisplayFormat.Count(p.Orders),
                    DisplayFormat.Money(p.TotalPayout),
                    p.Date is null ? "undated" : DisplayFormat.Date(p.Date)])],
                "No payout rows."),
            Issues(detail.Issues));
    }

    public CampaignPage Campaign(CampaignDetail detail)
    {
        var c = detail.Summary;
        var e = c.Incremental;
        var brands = campaignBrands.GetValueOrDefault(c.Campaign) ?? [];
        var group = CounterfactualPictureOf(c);
        return new CampaignPage(
            Shell("Campaign", c.Campaign, null),
            [
                Fact("Window", c.StartDate is null ? "no attributed rows" : $"{DisplayFormat.Date(c.StartDate)} to {DisplayFormat.Date(c.EndDate)} ({DisplayFormat.Count(c.WindowDays)} days)"),
                new EntityFact("Brand", brands.Count == 0 ? [new EntityCell(DisplayFormat.Undefined)] : [.. brands.Select(b => new EntityCell(b, links.Brand(b)))]),
                new EntityFact("Products", c.Products.Count == 0 ? [new EntityCell(DisplayFormat.Undefined)] : [.. c.Products.Select(p => new EntityCell(p))]),
                Fact("Verdict", e.Verdict),
                Fact("Lift", e.Lift),
                Fact("Method", CounterfactualCharts.MethodLabel(e.Method)),
            ],
            [
                new KpiCard("Revenue", DisplayFormat.Money(c.Revenue), "attributed"),
                new KpiCard("Payout", DisplayFormat.Money(c.Payout), $"of which allocated {DisplayFormat.Money(c.AllocatedPayout)}"),
                new KpiCard("ROAS", DisplayFormat.Ratio(c.Roas), "revenue ÷ payout"),
                new KpiCard("iROAS", DisplayFormat.Ratio(e.Iroas), $"90% interval {DisplayFormat.RatioInterval(e.IroasLow, e.IroasHigh)}"),
                new KpiCard("Incremental revenue", DisplayFormat.Money(e.IncrementalRevenue), $"share of attributed {DisplayFormat.Percent(e.IncrementalShare)}"),
                new KpiCard("Orders", DisplayFormat.Count(c.Orders), $"{DisplayFormat.Count(c.Influencers)} influencers"),
            ],
            new EntityTable(
                "Its influencers",
                [new("Influencer"), new("Id"), new("Orders", true), new("Revenue", true), new("Payout (allocated)", true), new("ROAS", true)],
                [.. detail.Influencers.Select(i => (IReadOnlyList<EntityCell>)[
                    new EntityCell(i.InfluencerName, links.Influencer(i.InfluencerId)),
                    i.InfluencerId,
                    DisplayFormat.Count(i.Orders),
                    DisplayFormat.Money(i.Revenue),
                    DisplayFormat.Money(i.Payout),
                    DisplayFormat.Ratio(i.Roas)])],
                "No influencer has attributed rows or payout in this campaign."),
            group is null ? null : Picture(group, c.Campaign),
            group is null ? $"No picture: {e.Lift}." : "",
            [.. c.Overlaps.First.Select(o => new EntityCell(o, links.Campaign(o)))],
            c.Overlaps.Count == 0
                ? ""
                : $"Its window overlaps {DisplayFormat.Count(c.Overlaps.Count)} other {(c.Overlaps.Count == 1 ? "campaign" : "campaigns")} on a shared product; they are estimated together and share one picture{(c.Overlaps.Count > c.Overlaps.First.Count ? $" (the first {c.Overlaps.First.Count} listed)" : "")}:");
    }

    public BrandPage Brand(BrandDetail detail)
    {
        var b = detail.Summary;
        return new BrandPage(
            Shell("Brand", b.Brand, null),
            [
                new KpiCard("Revenue", DisplayFormat.Money(b.Revenue), "attributed"),
                new KpiCard("Organic revenue", DisplayFormat.Money(b.OrganicRevenue), "not driven by an influencer"),
                new KpiCard("Payout", DisplayFormat.Money(b.Payout), "its share of influencer payouts"),
                new KpiCard("ROAS", DisplayFormat.Ratio(b.Roas), "revenue ÷ payout"),
                new KpiCard("Orders", DisplayFormat.Count(b.Orders), "attributed"),
                new KpiCard("Campaigns", DisplayFormat.Count(b.Campaigns), $"{DisplayFormat.Count(b.Influencers)} influencers"),
            ],
            new EntityTable(
                "Its campaigns",
                [new("Campaign"), new("Orders", true), new("Revenue of the brand", true), new("Campaign ROAS", true), new("Campaign iROAS", true)],
                [.. detail.Campaigns.Select(c => (IReadOnlyList<EntityCell>)[
                    new EntityCell(c.Name, links.Campaign(c.Key)),
                    DisplayFormat.Count(c.Orders),
                    DisplayFormat.Money(c.Revenue),
                    DisplayFormat.Ratio(campaigns.GetValueOrDefault(c.Key)?.Roas),
                    DisplayFormat.Ratio(campaigns.GetValueOrDefault(c.Key)?.Incremental.Iroas)])],
                "No campaign sold this brand."),
            new EntityTable(
                "Its products",
                [new("Product"), new("Orders", true), new("Attributed revenue", true), new("Organic orders", true), new("Organic revenue", true)],
                [.. detail.Products.Select(p => (IReadOnlyList<EntityCell>)[
                    p.Product, DisplayFormat.Count(p.Orders), DisplayFormat.Money(p.Revenue), DisplayFormat.Count(p.OrganicOrders), DisplayFormat.Money(p.OrganicRevenue)])],
                "No products."),
            new EntityTable(
                "Its influencers",
                [new("Influencer"), new("Id"), new("Orders", true), new("Revenue of the brand", true)],
                [.. detail.Influencers.Select(i => (IReadOnlyList<EntityCell>)[
                    new EntityCell(i.Name, links.Influencer(i.Key)), i.Key, DisplayFormat.Count(i.Orders), DisplayFormat.Money(i.Revenue)])],
                "No influencer sold this brand."));
    }

    private EntityShell Shell(string kind, string name, string? platform)
    {
        var back = links.Report(platform);
        return new EntityShell(
            new HeaderView(title, $"{kind}: {name}", EntityLinks.Root, false, back),
            kind,
            name,
            back,
            platform is null ? "Back to the report" : $"Back to the report ({platform})");
    }

    private static EntityFact Fact(string label, string value) => new(label, [new EntityCell(value)]);

    private static string Rank(int? rank, int ranked, string where) =>
        rank is { } r ? $"rank {DisplayFormat.Count(r)} of {DisplayFormat.Count(ranked)} {where}" : $"not ranked (ROAS undefined); {DisplayFormat.Count(ranked)} ranked {where}";

    // A page lists the first issues only (a million bad rows of one influencer made a page of gigabytes).
    private static EntityTable Issues(IReadOnlyList<DataIssue> issues) => new(
        "Its data issues",
        [new("File"), new("Line", true), new("Column"), new("Value"), new("Reason"), new("Action")],
        [.. DataQualityViews.Embedded(issues).Select(i => (IReadOnlyList<EntityCell>)[i.File, DisplayFormat.Count(i.Line), i.Column, i.Value, i.Reason, DisplayNames.Of(i.Action)])],
        "No data issues in its rows.",
        issues.Count <= DataQualityViews.EmbeddedIssues
            ? ""
            : $"The first {DisplayFormat.Count(DataQualityViews.EmbeddedIssues)} of its {DisplayFormat.Count(issues.Count)} data issues, in file order; data_issues.csv (the report's Downloads) holds every one.");

    // The campaign's estimate as the report draws it: its overlap group's shared picture, or its own.
    private List<CounterfactualPicture>? CounterfactualPictureOf(CampaignSummary c)
    {
        var own = new CounterfactualPicture(c.Campaign, c.Payout, c.Incremental);
        if (!own.Drawable)
        {
            return null;
        }

        return [.. own.Group.Select(name => campaigns.TryGetValue(name, out var member)
            ? new CounterfactualPicture(member.Campaign, member.Payout, member.Incremental)
            : own).Distinct()];
    }

    private ChartBlock Picture(List<CounterfactualPicture> group, string campaign)
    {
        var title = CounterfactualCharts.Title(group);
        return new ChartBlock(
            ElementIds.Chart(IdKey, CounterfactualCharts.Name),
            ElementIds.Figure(IdKey, CounterfactualCharts.Name),
            title,
            $"Daily revenue of the products against the counterfactual with its 90% band, window shaded, and cumulative lift: {title}",
            new TrustedHtml(CounterfactualFigure.Json(group[0].Estimate.Series!)),
            ChartTableBlock.From(CounterfactualCharts.Table(group, links.Slugs, campaign), EntityLinks.Root));
    }
}
