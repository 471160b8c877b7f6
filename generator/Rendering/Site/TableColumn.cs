namespace RoiReportGen.Rendering.Site;

/// <summary>The kinds of cell report.js knows how to format, sort and align.</summary>
public enum CellKind
{
    Text,
    Count,
    Money,
    Ratio,

    /// <summary>A change of a ratio, signed: +0.35, −0.20.</summary>
    RatioChange,
    Percent,
    Date,
}

/// <summary>A column of a client-side table: key, heading, kind, and the raw value of a row's cell (null = undefined).</summary>
public sealed record TableColumn<TRow>(string Key, string Label, CellKind Kind, Func<TRow, object?> Value)
{
    /// <summary>The entity page the cell names (an influencer, campaign or brand), if the column links; null: plain text.</summary>
    public PageLink<TRow>? Link { get; init; }

    /// <summary>How the totals row totals this column: blank unless declared.</summary>
    public ColumnTotal Total { get; init; } = ColumnTotal.None;

    /// <summary>The column group heading this column sits under (Reach · Engagement · Money), if the table groups its columns.</summary>
    public string? Group { get; init; }

    /// <summary>A return ratio (ROAS, iROAS): its cells are tinted and marked above or below break-even (1.0).</summary>
    public bool BreakEven { get; init; }

    /// <summary>The column's name in "Download these rows": the CSV download's name for the same value, else <see cref="Key"/>.</summary>
    public string? CsvName { get; init; }
}

/// <summary>
/// A cell that links to an entity page (SPEC 3, "Entity pages"): <see cref="Folder"/> is one of
/// <see cref="EntitySlugs"/>' folders and <see cref="Slug"/> gives a row's page slug in it (null: no page).
/// </summary>
public sealed record PageLink<TRow>(string Folder, Func<EntitySlugs, TRow, string?> Slug);

/// <summary>The three kinds of <see cref="PageLink{TRow}"/>: a row's influencer (by id), campaign or brand (by name).</summary>
public static class PageLinks
{
    public static PageLink<TRow> Influencer<TRow>(Func<TRow, string> id) =>
        new(EntitySlugs.InfluencerFolder, (pages, row) => pages.Influencers.GetValueOrDefault(id(row)));

    public static PageLink<TRow> Campaign<TRow>(Func<TRow, string> name) =>
        new(EntitySlugs.CampaignFolder, (pages, row) => pages.Campaigns.GetValueOrDefault(name(row)));

    public static PageLink<TRow> Brand<TRow>(Func<TRow, string> name) =>
        new(EntitySlugs.BrandFolder, (pages, row) => pages.Brands.GetValueOrDefault(name(row)));
}
