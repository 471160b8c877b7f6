using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Site.Entities;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// A chart's "Chart data" table as templates/chart.sbn and counterfactual.sbn write it: each cell a link where the chart
/// model gives the page of the entity it names, made relative to the page the table is on.
/// </summary>
public sealed record ChartTableBlock(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<EntityCell>> Rows, string Note = "")
{
    /// <param name="root">The way from the page to the site's root: "" on the report, "../" on an entity page.</param>
    public static ChartTableBlock From(ChartDataTable table, string root) => new(
        table.Columns,
        [.. table.Rows.Select((row, r) => (IReadOnlyList<EntityCell>)[.. row.Select((text, c) =>
            new EntityCell(text, table.Links?[r][c] is { } page ? root + page : null))])],
        table.Note);
}

/// <summary>A caption of text and links (a counterfactual picture's campaigns), relative to the page as <see cref="ChartTableBlock"/>.</summary>
public static class CaptionBlock
{
    public static IReadOnlyList<EntityCell> From(IReadOnlyList<CounterfactualCharts.TitlePart> parts, string root) =>
        [.. parts.Select(p => new EntityCell(p.Text, p.Page is null ? null : root + p.Page))];
}
