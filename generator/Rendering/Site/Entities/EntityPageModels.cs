namespace RoiReportGen.Rendering.Site.Entities;

/// <summary>
/// The header every page shares (templates/header.sbn): the report's title, a line under it, the theme toggle and
/// print. <paramref name="Root"/> is the way from the page to the site's root ("" for index.html, "../" for an entity
/// page), for anything the header links to (assets, index.html).
/// </summary>
/// <param name="IsReport">True on index.html: the title is its h1 and "Print all platforms" is offered.</param>
/// <param name="ReportHref">Where the title of an entity page leads: the report view the reader came from.</param>
public sealed record HeaderView(string Title, string Subtitle, string Root, bool IsReport, string ReportHref)
{
    /// <summary>The title as a page's &lt;title&gt; shows it, without control characters (<see cref="TitleText"/>).</summary>
    public string PageTitle => TitleText.Of(Title);
}

/// <summary>What every entity page has: its header, what it is, its name and the way back to the report.</summary>
/// <param name="Kind">"Influencer", "Campaign" or "Brand".</param>
/// <param name="BackHref">"../index.html#view=PLATFORM&amp;period=all": the view the page belongs to (report.js replaces it with the view the reader came from).</param>
/// <param name="BackLabel">"Back to the report (Instagram)".</param>
public sealed record EntityShell(HeaderView Header, string Kind, string Name, string BackHref, string BackLabel)
{
    /// <summary>The name as the page's &lt;title&gt; shows it, without control characters (<see cref="TitleText"/>).</summary>
    public string TitleName => TitleText.Of(Name);
}

/// <summary>A line of a page's profile: a label and its values (each a link when its Href is set).</summary>
public sealed record EntityFact(string Label, IReadOnlyList<EntityCell> Values);

/// <summary>A table cell: text, a link to another page when <paramref name="Href"/> is set; <paramref name="External"/> marks a link out of the site (rel="noopener noreferrer").</summary>
public sealed record EntityCell(string Text, string? Href = null, bool External = false)
{
    public static implicit operator EntityCell(string text) => new(text);
}

/// <summary>A column of an <see cref="EntityTable"/>; numeric columns are right-aligned.</summary>
public sealed record EntityColumn(string Label, bool Numeric = false);

/// <summary>A table written straight into an entity page (its rows are the entity's own: a few to a few thousand).</summary>
/// <param name="Empty">What the page says instead of an empty table.</param>
/// <param name="Note">A line under the table ("" for none).</param>
public sealed record EntityTable(
    string Caption,
    IReadOnlyList<EntityColumn> Columns,
    IReadOnlyList<IReadOnlyList<EntityCell>> Rows,
    string Empty,
    string Note = "");

/// <summary>An influencer's page (templates/entity-influencer.sbn).</summary>
public sealed record InfluencerPage(
    EntityShell Shell,
    string InfluencerId,
    IReadOnlyList<EntityFact> Profile,
    IReadOnlyList<KpiCard> Kpis,
    ChartBlock Weeks,
    EntityTable Campaigns,
    EntityTable Posts,
    EntityTable Payouts,
    EntityTable Issues)
{
    /// <summary>Its recommendation in the All platforms × All time view; null when it has none.</summary>
    public RecommendationLine? Recommendation { get; init; }
}

/// <summary>An influencer's action and its reason in words (SPEC 3: the influencer page shows its recommendation).</summary>
public sealed record RecommendationLine(string Action, string Reason);

/// <summary>A campaign's page (templates/entity-campaign.sbn).</summary>
/// <param name="Picture">The counterfactual picture of its estimate (its overlap group's when estimated with others); null without one.</param>
/// <param name="PictureNote">Why there is no picture (its verdict), or "".</param>
/// <param name="Overlaps">The campaigns overlapping its window on a shared product (linked), empty when none.</param>
/// <param name="OverlapNote">"Overlaps 4 campaigns on a shared product; estimated together." or "".</param>
public sealed record CampaignPage(
    EntityShell Shell,
    IReadOnlyList<EntityFact> Profile,
    IReadOnlyList<KpiCard> Kpis,
    EntityTable Influencers,
    ChartBlock? Picture,
    string PictureNote,
    IReadOnlyList<EntityCell> Overlaps,
    string OverlapNote);

/// <summary>A brand's page (templates/entity-brand.sbn).</summary>
public sealed record BrandPage(
    EntityShell Shell,
    IReadOnlyList<KpiCard> Kpis,
    EntityTable Campaigns,
    EntityTable Products,
    EntityTable Influencers);
