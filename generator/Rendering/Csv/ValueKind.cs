namespace RoiReportGen.Rendering.Csv;

/// <summary>
/// What a download column holds, so every format of the one table model (the CSV files, report.xlsx) can write it
/// its own way: the CSV as plain invariant text, the workbook as a typed cell with a number format.
/// </summary>
public enum ValueKind
{
    Text,

    /// <summary>A whole number: posts, orders, reach, a file's line.</summary>
    Count,

    /// <summary>Rupees.</summary>
    Money,

    /// <summary>A ratio such as ROAS or iROAS (revenue per rupee of payout).</summary>
    Ratio,

    /// <summary>A rate or share stored as a fraction (0.0123 is 1.23%).</summary>
    Percentage,
    Date,
}
