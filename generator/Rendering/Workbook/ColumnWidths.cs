using System.Globalization;
using RoiReportGen.Rendering.Csv;

namespace RoiReportGen.Rendering.Workbook;

/// <summary>
/// Column widths (in Excel's character units) that fit a column's header and its widest value as the number
/// format shows it, within <see cref="Min"/> and <see cref="Max"/>: a long reason or overlap list wraps the
/// sheet no wider than a screen.
/// </summary>
public static class ColumnWidths
{
    public const double Min = 8, Max = 60;

    // The header's filter button takes about two characters.
    private const int FilterButton = 2;

    public static double[] Of(WorkbookSheet sheet)
    {
        var widths = sheet.Headers.Select(h => (double)(h.Length + FilterButton)).ToArray();
        foreach (var row in sheet.Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Shown(row[i], sheet.Kinds[i]));
            }
        }

        // One character of padding, as Excel's own autofit leaves.
        return [.. widths.Select(w => Math.Clamp(w + 1, Min, Max))];
    }

    /// <summary>How many characters the value takes as its number format shows it.</summary>
    public static int Shown(ColumnValue value, ValueKind kind) => kind switch
    {
        ValueKind.Text => value.Text?.Length ?? 0,
        ValueKind.Date => value.Date is null ? 0 : 10,
        ValueKind.Count => value.Number is { } n ? Grouped(n) : 0,
        ValueKind.Money => value.Number is { } n ? 1 + Grouped(n) + 3 : 0,
        ValueKind.Ratio => value.Number is { } n ? IntegerDigits(n) + 3 + Sign(n) : 0,
        ValueKind.Percentage => value.Number is { } n ? IntegerDigits(n * 100) + 4 + Sign(n) : 0,
        _ => 0,
    };

    // Digits plus Indian grouping commas (the last three digits, then pairs) plus a minus sign.
    private static int Grouped(decimal value)
    {
        var digits = IntegerDigits(value);
        return digits + (digits > 3 ? (digits - 2) / 2 : 0) + Sign(value);
    }

    private static int IntegerDigits(decimal value) =>
        Math.Round(Math.Abs(value), 0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture).Length;

    private static int Sign(decimal value) => value < 0 ? 1 : 0;
}
