using System.Globalization;

namespace RoiReportGen.Rendering.Csv;

/// <summary>
/// Column factories by kind of value. Numbers are written as numbers (full precision, '.' as the
/// separator, never an exponent) so that CsvHelper's formula-injection guard, which only applies to
/// text, leaves a negative net return as -500 rather than '-500. Money, ratios and percentages are
/// the same text in a CSV; their <see cref="ValueKind"/> tells other formats (report.xlsx) how to show them.
/// </summary>
public static class CsvColumns
{
    // Decimal's "G" switches to exponent notation for tiny values; this keeps every digit in plain form.
    private const string FullPrecision = "0.############################";

    public static CsvColumn<T> Text<T>(string name, Func<T, string> value) =>
        new(name, ValueKind.Text, row => ColumnValue.Of(value(row)), (w, row) => w.WriteField(value(row)));

    public static CsvColumn<T> Count<T>(string name, Func<T, long> value) =>
        new(name, ValueKind.Count, row => ColumnValue.Of(value(row)), (w, row) => w.WriteField(value(row), default(ReadOnlySpan<char>)));

    /// <summary>Rupees. An undefined value (null) is an empty cell, never 0 or infinity (so for every number below).</summary>
    public static CsvColumn<T> Money<T>(string name, Func<T, decimal?> value) => Number(name, ValueKind.Money, value);

    /// <summary>A ratio such as ROAS.</summary>
    public static CsvColumn<T> Ratio<T>(string name, Func<T, decimal?> value) => Number(name, ValueKind.Ratio, value);

    /// <summary>A rate or share as a fraction (0.0123 = 1.23%): the CSV keeps the fraction.</summary>
    public static CsvColumn<T> Percentage<T>(string name, Func<T, decimal?> value) => Number(name, ValueKind.Percentage, value);

    public static CsvColumn<T> Date<T>(string name, Func<T, DateOnly?> value) =>
        new(name, ValueKind.Date, row => ColumnValue.Of(value(row)), (w, row) => w.WriteField(value(row), "yyyy-MM-dd"));

    private static CsvColumn<T> Number<T>(string name, ValueKind kind, Func<T, decimal?> value) =>
        new(name, kind, row => ColumnValue.Of(value(row)), (w, row) => w.WriteField(value(row), FullPrecision));

    /// <summary>Invariant formatting for callers that need the same text outside a CSV writer.</summary>
    public static string FormatNumber(decimal value) => value.ToString(FullPrecision, CultureInfo.InvariantCulture);
}
