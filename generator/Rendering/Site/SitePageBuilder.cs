using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Periods;
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
        ("recommendations", "Recommendations"),
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
        ["recommendations.csv"] = "An action per influencer (scale, keep, renegotiate, cut, too early) with its reason, ROAS and incremental ROAS",
    };

    // The one workbook sits at the site root beside index.html, which holds the All × All-time view that links it.
    private static readonly DownloadLink WorkbookLink = new(
        Workbook.ReportWorkbook.FileName,
        Workbook.ReportWorkbook.FileName,
        "every table of this view as one Excel workbook, a sheet each, formatted and filterable");

    // SPEC 2's fixed numbers of the two iROAS methods, for the Method text: the estimator's own constants.
    private const int NaiveBaselineDays = NaiveIncrementality.PrePeriodDays;
    private const int MinimumPreDays = Metrics.Incrementality.IncrementalEstimator.MinimumPreDays;

    /// <summary>The page shell around the All × All-time view <paramref name="view"/>: title, tabs, period selector.</summary>
    public static SitePage Shell(ReportModel model, IReadOnlyDictionary<PlatformReport, string> slugs, ViewPage view, SiteOptions options)
    {
        var period = model.DataStart is null
            ? "No tracking data"
            : $"Tracking data from {DisplayFormat.Date(model.DataStart)} to {DisplayFormat.Date(model.DataEnd)}";
        var tabs = model.Views.Select(v => new PlatformTab(slugs[v], v.Name, v.IsAll)).ToList();
        return new SitePage(options.Title, period, tabs, PeriodGroups(model.Periods), view);
    }

    // All time stands alone; quarters and months each get an optgroup, in the model's order (oldest first).
    private static List<PeriodGroup> PeriodGroups(IReadOnlyList<PeriodReport> periods)
    {
        PeriodChoice Choice(ReportPeriod p) => new(p.Slug, p.Label, p.IsAllTime);
        List<PeriodChoice> Of(PeriodKind kind) => [.. periods.Where(p => p.Period.Kind == kind).Select(p => Choice(p.Period))];
        return
        [
            new PeriodGroup(string.Empty, Of(PeriodKind.AllTime)),
            .. new[] { (PeriodKind.Quarter, "Financial-year quarters"), (PeriodKind.Month, "Months") }
                .Select(k => new PeriodGroup(k.Item2, Of(k.Item1)))
                .Where(g => g.Choices.Count > 0),
        ];
    }

    /// <summary>The Method section, the same in every view.</summary>
    public static TrustedHtml Method(ReportModel model, TemplateSet templates) =>
        MarkdownRenderer.ToHtml(templates.RenderMarkdown("method.md.sbn",
            new MethodText(model.Options.BaselineDays, NaiveBaselineDays, MinimumPreDays, DisplayFormat.Date(model.DataStart), DisplayFormat.Date(model.DataEnd))
            {
                Recommendations = model.Options.Recommendations,
                CarryoverDays = model.Options.CarryoverDays,
            }));

    // The All × All-time view embeds every influencer (index.html holds it); a platform's All-time view borrows its
    // platform's rows from it, so it takes All's columns. A month's or quarter's
    // rows are other rows: such a view embeds its own.
    private static TableBlock InfluencerTable(PlatformReport view, PlatformReport all, ReportPeriod period, string key, string downloads, EntitySlugs pages) =>
        view.IsAll || !period.IsAllTime
            ? TableJson.Build(ElementIds.Table(key, "influencers"), "Influencer table", SiteTableColumns.InfluencersOf(view.Comparison), view.Influencers, "roas", true, $"{downloads}/influencer_summary.csv", pages: pages)
            : TableJson.Borrow(ElementIds.Table(key, "influencers"), "Influencer table", SiteTableColumns.InfluencersOf(all.Comparison), ElementIds.Table(ViewSlugs.All, "influencers"), SiteTableColumns.PlatformKey, view.Name, view.Influencers, "roas", true, $"{downloads}/influencer_summary.csv", pages: pages);

    /// <summary>
    /// One platform × period view, formatted; <paramref name="slug"/> is the platform's (or "all"), <paramref name="viewIndex"/>
    /// its place in <see cref="PeriodReport.Views"/> (0 = All, i + 1 = platform i); names in its tables and insights link
    /// to their pages in <paramref name="pages"/>.
    /// </summary>
    public static ViewPage View(
        ReportModel model, ReportPeriod period, PlatformReport view, int viewIndex, string slug, ViewCharts charts, TrustedHtml method, TemplateSet templates, EntitySlugs pages)
    {
        var key = ElementIds.ViewKey(slug, period.Slug);
        var downloads = DownloadsWriter.RelativeFolder(slug, period.Slug);
        var name = view.IsAll ? "All platforms" : view.Name;
        return new ViewPage(
            slug,
            period.Slug,
            view.Name,
            period.IsAllTime ? name : $"{name} · {period.Label}",
            !(view.IsAll && period.IsAllTime),
            [.. Sections.Select(s => new SectionLink(ElementIds.Section(key, s.Key), s.Label))],
            KpiCards.For(model, period, view, viewIndex),
            MarkdownRenderer.ToHtml(templates.RenderMarkdown("insights.md.sbn", InsightsText.From(view.Insights, pages) with { Actions = InsightsText.ActionsOf(view.Recommendations, pages) })),
            ViewChartBlocks.From(charts),
            new ViewTables(
                InfluencerTable(view, model.All, period, key, downloads, pages),
                TableJson.Build(ElementIds.Table(key, "campaigns"), "Campaign table", SiteTableColumns.CampaignsOf(view.Comparison), view.Campaigns, "roas", true, $"{downloads}/campaign_summary.csv", pages: pages),
                TableJson.Build(ElementIds.Table(key, "brands"), "Brand table", SiteTableColumns.Brands, view.Brands, "revenue", true, $"{downloads}/brand_summary.csv", pages: pages),
                TableJson.Build(ElementIds.Table(key, "personas"), "Persona table", SiteTableColumns.Personas, view.Personas, "roas", true, $"{downloads}/persona_summary.csv"),
                TableJson.Build(ElementIds.Table(key, "issues"), "Data issue table", SiteTableColumns.Issues, DataQualityViews.Embedded(view.Issues), null, false, DownloadsWriter.IssuesFile(slug)))
            {
                CampaignWindowsRunPast = view.Campaigns.Any(c => c.WindowRunsPastPeriod),
            },
            [.. view.PayoutBasis.Select(b => new SummaryRow(b.Basis,
                [DisplayFormat.Money(b.Payout), DisplayFormat.Percent(b.PayoutShare), DisplayFormat.Count(b.Influencers), DisplayFormat.Percent(b.InfluencerShare)]))],
            DataQualityViews.For(model, view),
            [.. DownloadsWriter.FileNames.Select(f => new DownloadLink(DownloadsWriter.PathOf(slug, period.Slug, f), f, DownloadDescriptions[f]))],
            method)
        {
            Recommendations = RecommendationsViews.For(view.Recommendations, ElementIds.Table(key, "recommendations"), $"{downloads}/{RecommendationsCsv.FileName}", pages),
            // The workbook holds the All × All-time tables: offered in that view only, beside its own CSVs.
            Workbook = view.IsAll && period.IsAllTime ? WorkbookLink : null,
        };
    }
}
