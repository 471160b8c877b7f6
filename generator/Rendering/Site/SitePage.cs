namespace RoiReportGen.Rendering.Site;

/// <summary>Everything index.html shows, already formatted: the templates only lay it out.</summary>
/// <param name="Period">E.g. "Tracking data from 2025-01-01 to 2025-06-30".</param>
public sealed record SitePage(
    string Title,
    string Period,
    IReadOnlyList<ViewPage> Views);

/// <summary>One tab: All or a platform.</summary>
/// <param name="Slug">Path- and id-safe name (see ViewSlugs); data names never appear in ids.</param>
/// <param name="Heading">"All platforms" or the platform's name.</param>
/// <param name="Hidden">True for every view but the first: the page opens on All.</param>
public sealed record ViewPage(
    string Slug,
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
    /// <summary>The tab panel's id (see <see cref="ElementIds"/>).</summary>
    public string ViewId => ElementIds.View(Slug);

    /// <summary>The tab button's id.</summary>
    public string TabId => ElementIds.Tab(Slug);

    /// <summary>What the ids of the sections and headings inside the view start with ("view-{slug}--").</summary>
    public string IdPrefix => ElementIds.InViewPrefix(Slug);
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
