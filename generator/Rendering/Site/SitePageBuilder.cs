using RoiReportGen.Metrics;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Csv;

namespace RoiReportGen.Rendering.Site;

/// <summary>Formats the report model into the page model; the templates then only lay it out.</summary>
public static class SitePageBuilder
{
    /// <summary>The sections of every view, in SPEC 3's order: (id suffix, nav label).</summary>
    public static IReadOnlyList<(string Key, string Label)> Sections { get; } =
    [
        ("kpis", "KPIs"),
        ("insights", "Insights"),
        ("top-roas", "Top ROAS"),
        ("revenue-payout", "Revenue & payout"),
        ("engagement", "Engagement"),
        ("campaigns", "Campaigns"),
        ("payout-basis", "Payout basis"),
        ("trend", "Trend"),
        ("brands", "Brands"),
        ("personas", "Personas"),
        ("data-quality", "Data quality"),
        ("downloads", "Downloads"),
        ("method", "Method"),
    ];

    private static readonly Dictionary<string, string> DownloadDescriptions = new(StringComparer.Ordinal)
    {
        ["influencer_summary.csv"] = "Every influencer: reach, engagement, orders, revenue, payout, ROAS and costs",
        ["campaign_summary.csv"] = "Every campaign: window, revenue, payout, ROAS, baseline and iROAS",
        ["persona_summary.csv"] = "Platform × category × gender × follower tier",
        ["brand_summary.csv"] = "Attributed and organic revenue and payout per brand",
        ["payout_summary.csv"] = "Payout and influencers by basis (post vs order)",
        ["data_issues.csv"] = "Every row that was corrected or excluded, and why",
    };

    // SPEC 2's fixed numbers of the two iROAS methods, for the Method text: the estimator's own constants.
    private const int NaiveBaselineDays = NaiveIncrementality.PrePeriodDays;
    private const int MinimumPreDays = Metrics.Incrementality.IncrementalEstimator.MinimumPreDays;

    public static SitePage Build(
        ReportModel model,
        IReadOnlyDictionary<PlatformReport, string> slugs,
        IReadOnlyDictionary<PlatformReport, ViewCharts> charts,
        SiteOptions options,
        TemplateSet templates)
    {
        var method = MarkdownRenderer.ToHtml(templates.RenderMarkdown("method.md.sbn",
            new MethodText(model.Options.BaselineDays, NaiveBaselineDays, MinimumPreDays, DisplayFormat.Date(model.DataStart), DisplayFormat.Date(model.DataEnd))));
        var period = model.DataStart is null
            ? "No tracking data"
            : $"Tracking data from {DisplayFormat.Date(model.DataStart)} to {DisplayFormat.Date(model.DataEnd)}";
        var views = model.Views
            .Select((view, index) => View(model, view, index, slugs[view], charts[view], index > 0, method, templates))
            .ToList();
        return new SitePage(options.Title, period, views);
    }

    // The All tab embeds every influencer; a platform tab borrows its platform's rows from it, so it takes All's
    // columns (an influencer's Δ ROAS is the same in All and in its platform).
    private static TableBlock InfluencerTable(PlatformReport view, PlatformReport all, string slug, string downloads) =>
        view.IsAll
            ? TableJson.Build(ElementIds.Table(slug, "influencers"), "Influencer table", SiteTableColumns.InfluencersOf(view.Comparison), view.Influencers, "roas", true, $"{downloads}/influencer_summary.csv")
            : TableJson.Borrow(ElementIds.Table(slug, "influencers"), "Influencer table", SiteTableColumns.InfluencersOf(all.Comparison), ElementIds.Table(ViewSlugs.All, "influencers"), SiteTableColumns.PlatformKey, view.Name, view.Influencers.Count, "roas", true, $"{downloads}/influencer_summary.csv");

    private static ViewPage View(
        ReportModel model, PlatformReport view, int index, string slug, ViewCharts charts, bool hidden, TrustedHtml method, TemplateSet templates)
    {
        var downloads = DownloadsWriter.RelativeFolder(slug);
        return new ViewPage(
            slug,
            view.Name,
            view.IsAll ? "All platforms" : view.Name,
            hidden,
            [.. Sections.Select(s => new SectionLink(ElementIds.Section(slug, s.Key), s.Label))],
            KpiCards.For(model, view, index),
            MarkdownRenderer.ToHtml(templates.RenderMarkdown("insights.md.sbn", InsightsText.From(view.Insights))),
            ViewChartBlocks.From(charts),
            new ViewTables(
                InfluencerTable(view, model.All, slug, downloads),
                TableJson.Build(ElementIds.Table(slug, "campaigns"), "Campaign table", SiteTableColumns.CampaignsOf(view.Comparison), view.Campaigns, "roas", true, $"{downloads}/campaign_summary.csv"),
                TableJson.Build(ElementIds.Table(slug, "brands"), "Brand table", SiteTableColumns.Brands, view.Brands, "revenue", true, $"{downloads}/brand_summary.csv"),
                TableJson.Build(ElementIds.Table(slug, "personas"), "Persona table", SiteTableColumns.Personas, view.Personas, "roas", true, $"{downloads}/persona_summary.csv"),
                TableJson.Build(ElementIds.Table(slug, "issues"), "Data issue table", SiteTableColumns.Issues, view.Issues, null, false, $"{downloads}/data_issues.csv"))
            {
                CampaignWindowsRunPast = view.Campaigns.Any(c => c.WindowRunsPastPeriod),
            },
            [.. view.PayoutBasis.Select(b => new SummaryRow(b.Basis,
                [DisplayFormat.Money(b.Payout), DisplayFormat.Percent(b.PayoutShare), DisplayFormat.Count(b.Influencers), DisplayFormat.Percent(b.InfluencerShare)]))],
            DataQualityViews.For(model, view),
            [.. DownloadsWriter.FileNames.Select(f => new DownloadLink($"{downloads}/{f}", f, DownloadDescriptions[f]))],
            method);
    }
}
