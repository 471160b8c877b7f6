namespace RoiReportGen.Rendering.Site;

/// <summary>
/// Everything index.html shows, already formatted: the templates only lay it out. The page is the shell (tabs,
/// period selector) and the All × All-time view; every other view is a <see cref="ViewPage"/> of its own, written
/// to views/PLATFORM/PERIOD.js (see <see cref="ViewScript"/>).
/// </summary>
/// <param name="Period">E.g. "Tracking data from 2025-01-01 to 2025-06-30".</param>
/// <param name="Tabs">All, then every platform.</param>
/// <param name="Periods">The period selector's choices, grouped by kind (All time alone first).</param>
/// <param name="View">The view index.html holds: All platforms × All time.</param>
public sealed record SitePage(
    string Title,
    string Period,
    IReadOnlyList<PlatformTab> Tabs,
    IReadOnlyList<PeriodGroup> Periods,
    ViewPage View)
{
    /// <summary>The header shared with the entity pages (templates/header.sbn).</summary>
    public Entities.HeaderView Header => new(Title, Period, string.Empty, true, SiteWriter.IndexFile);
}

/// <summary>A platform tab: it selects the platform, the period selector the period.</summary>
/// <param name="Selected">True for All, the view the page opens on.</param>
public sealed record PlatformTab(string Slug, string Name, bool Selected)
{
    public string TabId => ElementIds.Tab(Slug);

    /// <summary>The All-time panel of the platform; report.js points aria-controls at the chosen period's panel.</summary>
    public string PanelId => ElementIds.View(Slug);
}

/// <summary>An optgroup of the period selector; <see cref="Label"/> empty: its choices stand alone (All time).</summary>
public sealed record PeriodGroup(string Label, IReadOnlyList<PeriodChoice> Choices);

/// <summary>A period selector option: the period's slug (as in the URL hash) and its label.</summary>
public sealed record PeriodChoice(string Slug, string Label, bool Selected);

/// <summary>One platform × period view: All or a platform, for All time, a quarter or a month.</summary>
/// <param name="Slug">The platform's path- and id-safe name (see ViewSlugs), "all" for all platforms; data names never appear in ids.</param>
/// <param name="PeriodSlug">The period's slug ("all", "fy2025-26-q2", "2025-10").</param>
/// <param name="Heading">"All platforms" or the platform's name, with the period's label unless All time.</param>
/// <param name="Hidden">True for every view but All × All time: the page opens on it.</param>
public sealed record ViewPage(
    string Slug,
    string PeriodSlug,
    string Name,
    string Heading,
    bool Hidden,
    IReadOnlyList<SectionLink> Sections,
    IReadOnlyList<KpiCard> Kpis,
    TrustedHtml Insights,
    ViewChartBlocks Charts,
    ViewTables Tables,
    IReadOnlyList<SummaryRow> PayoutBasis,
    DataQualityView DataQuality,
    IReadOnlyList<DownloadLink> Downloads,
    TrustedHtml Method)
{
    /// <summary>The Recommendations section (right after Insights).</summary>
    public RecommendationsView? Recommendations { get; init; }

    /// <summary>report.xlsx (the All × All-time tables as one workbook): set in that view only, shown above its CSV list.</summary>
    public DownloadLink? Workbook { get; init; }

    /// <summary>The key of the view's element ids: the platform slug for All time, else "{platform}_{period}".</summary>
    public string Key => ElementIds.ViewKey(Slug, PeriodSlug);

    /// <summary>The tab panel's id (see <see cref="ElementIds"/>).</summary>
    public string ViewId => ElementIds.View(Key);

    /// <summary>The platform's tab button's id (the same tab for every period).</summary>
    public string TabId => ElementIds.Tab(Slug);

    /// <summary>What the ids of the sections and headings inside the view start with ("view-{key}--").</summary>
    public string IdPrefix => ElementIds.InViewPrefix(Key);

    /// <summary>The id of the element holding the Method text ("view-{key}--method-text").</summary>
    public string MethodTextId => ElementIds.InView(Key, "method-text");

    /// <summary>
    /// For every view but the one index.html holds: the id of index.html's Method text, which report.js copies into
    /// this view's when it loads. The text is the same in every view (about 10 KB), so a view file leaves it out.
    /// </summary>
    public string? MethodFrom => Hidden ? ElementIds.InView(ElementIds.ViewKey(ViewSlugs.All, Metrics.Periods.ReportPeriod.AllTimeSlug), "method-text") : null;
}

/// <summary>An entry of the sticky section nav; <see cref="Id"/> is "view-{slug}--{section}".</summary>
public sealed record SectionLink(string Id, string Label);

/// <summary>A headline figure.</summary>
public sealed record KpiCard(string Label, string Value, string Note)
{
    /// <summary>The change against the previous period (a month or quarter); null in All time.</summary>
    public Kpis.KpiChangeView? Change { get; init; }

    /// <summary>The figure month by month (All time, with two months or more); null otherwise.</summary>
    public Kpis.KpiSparkline? Sparkline { get; init; }
}

/// <summary>A label and formatted cells, for small tables written straight into the page.</summary>
public sealed record SummaryRow(string Label, IReadOnlyList<string> Cells);

/// <summary>A link to one CSV download of the view.</summary>
public sealed record DownloadLink(string Href, string FileName, string Description);
