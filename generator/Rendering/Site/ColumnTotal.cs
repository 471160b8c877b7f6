namespace RoiReportGen.Rendering.Site;

/// <summary>How a column's cell in a table's totals row is made.</summary>
public enum ColumnTotalKind
{
    /// <summary>No total makes sense (a name, a date, a mean of rates, a count of distinct things that overlap): blank.</summary>
    None,

    /// <summary>The sum of the column's cells (undefined cells add nothing).</summary>
    Sum,

    /// <summary>Σ numerator column / Σ denominator column × scale, over the rows where both are defined: never a mean of ratios.</summary>
    Ratio,
}

/// <summary>
/// A column's total rule (SPEC 3, "Tables": sums; ratios as the ratio of sums). <see cref="TableTotals"/> applies it to
/// every row in C#; report.js applies the same rule to the rows a search leaves.
/// </summary>
/// <param name="Numerator">For <see cref="ColumnTotalKind.Ratio"/>: the key of the numerator column of the same table.</param>
/// <param name="Denominator">For <see cref="ColumnTotalKind.Ratio"/>: the key of the denominator column.</param>
/// <param name="Scale">For <see cref="ColumnTotalKind.Ratio"/>: a factor (1000 for CPM, a cost per thousand reached).</param>
public sealed record ColumnTotal(ColumnTotalKind Kind, string? Numerator = null, string? Denominator = null, decimal Scale = 1m)
{
    public static ColumnTotal None { get; } = new(ColumnTotalKind.None);

    public static ColumnTotal Sum { get; } = new(ColumnTotalKind.Sum);

    public static ColumnTotal RatioOf(string numerator, string denominator, decimal scale = 1m) =>
        new(ColumnTotalKind.Ratio, numerator, denominator, scale);
}
