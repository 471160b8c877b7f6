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
public sealed record TableColumn<TRow>(string Key, string Label, CellKind Kind, Func<TRow, object?> Value);
