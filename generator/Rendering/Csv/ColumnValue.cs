namespace RoiReportGen.Rendering.Csv;

/// <summary>
/// One row's value in one column, typed by the column's <see cref="ValueKind"/>: text for Text columns, a number for
/// Count, Money, Ratio and Percentage columns, a date for Date columns. Null or empty text is an undefined value,
/// written as an empty cell in every format.
/// </summary>
public readonly record struct ColumnValue(string? Text, decimal? Number, DateOnly? Date)
{
    public static ColumnValue Of(string? text) => new(text, null, null);

    public static ColumnValue Of(decimal? number) => new(null, number, null);

    public static ColumnValue Of(DateOnly? date) => new(null, null, date);

    public bool IsEmpty => string.IsNullOrEmpty(Text) && Number is null && Date is null;
}
