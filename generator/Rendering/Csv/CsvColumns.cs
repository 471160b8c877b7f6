using System.Globalization;

namespace RoiReportGen.Rendering.Csv;

/// <summary>
/// Column factories by kind of value. Numbers are written as numbers (full precision, '.' as the
/// separator, never an exponent) so that CsvHelper's formula-injection guard, which only applies to
/// text, leaves a negative net return as -500 rather than '-500.
/// </summary>
public static class CsvColumns
{
    // Decimal's "G" switches to exponent notation for tiny values; this keeps every digit in plain form.
    private const string FullPrecision = "0.############################";

    public static CsvColumn<T> Text<T>(string name, Func<T, string> value) =>
        new(name, (w, row) => w.WriteField(value(row)));

    public static CsvColumn<T> Count<T>(string name, Func<T, long> value) =>
        new(name, (w, row) => w.WriteField(value(row), default(ReadOnlySpan<char>)));

    public static CsvColumn<T> Number<T>(string name, Func<T, decimal> value) =>
        new(name, (w, row) => w.WriteField(value(row), FullPrecision));

    /// <summary>An undefined value (null) is an empty cell, never 0 or infinity.</summary>
    public static CsvColumn<T> Number<T>(string name, Func<T, decimal?> value) =>
        new(name, (w, row) => w.WriteField(value(row), FullPrecision));

    public static CsvColumn<T> Date<T>(string name, Func<T, DateOnly?> value) =>
        new(name, (w, row) => w.WriteField(value(row), "yyyy-MM-dd"));

    public static CsvColumn<T> Flag<T>(string name, Func<T, bool> value) =>
        new(name, (w, row) => w.WriteField(value(row) ? "true" : "false"));

    /// <summary>Invariant formatting for callers that need the same text outside a CSV writer.</summary>
    public static string FormatNumber(decimal value) => value.ToString(FullPrecision, CultureInfo.InvariantCulture);
}
