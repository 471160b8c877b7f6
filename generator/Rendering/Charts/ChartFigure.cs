namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// One chart of one view, ready for the page: the Plotly figure as JSON (data + layout + config,
/// made with Plotly.NET) and the same numbers as a small table for screen readers and print.
/// </summary>
/// <param name="Id">The chart container's element id: "view-{slug}--chart-{name}" (stable, no GUIDs).</param>
/// <param name="FigureId">The id of the JSON script block: "view-{slug}--fig-{name}".</param>
/// <param name="Title">Visible caption.</param>
/// <param name="AriaLabel">What the chart shows, for assistive technology.</param>
/// <param name="FigureJson">Plotly figure JSON, safe to embed in a script block ('&lt;', '&gt;' and '&amp;' escaped as \u003c, \u003e, \u0026).</param>
/// <param name="Data">The chart's numbers as formatted text.</param>
public sealed record ChartFigure(
    string Id,
    string FigureId,
    string Title,
    string AriaLabel,
    string FigureJson,
    ChartDataTable Data);

/// <summary>A chart's numbers: column headings and rows of display text (already formatted).</summary>
/// <param name="Links">Per row, per cell, the site-relative page (see <see cref="EntitySlugs"/>) of the influencer, campaign or
/// brand the cell names, or null for plain text; null when no cell links (issue 14: every name in a chart's table links).</param>
public sealed record ChartDataTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<IReadOnlyList<string?>>? Links = null)
{
    /// <summary>Said under the table when it lists only some of the chart's items (empty: it lists them all).</summary>
    public string Note { get; init; } = "";
}
