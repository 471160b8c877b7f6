using DocumentFormat.OpenXml.Spreadsheet;
using RoiReportGen.Rendering.Csv;

namespace RoiReportGen.Rendering.Workbook;

/// <summary>
/// The workbook's one stylesheet: a bold header and one cell format per <see cref="ValueKind"/>. The number
/// formats are Excel's own codes, so a reader that changes a value sees it formatted the same way.
/// </summary>
public static class WorkbookStyles
{
    /// <summary>
    /// Rupees with Indian grouping and paise: ₹1,23,45,678.00 from ten lakh up, ₹1,23,456.00 from one lakh, ₹12,345.00
    /// below. Excel allows two conditions and a rest, so a negative amount (a net return) takes the rest's
    /// grouping: −₹1,234,567.00 past a lakh.
    /// </summary>
    public const string MoneyFormat = "[>=10000000]\"₹\"##\\,##\\,##\\,##0.00;[>=100000]\"₹\"##\\,##\\,##0.00;\"₹\"##,##0.00";

    /// <summary>Whole numbers with the same Indian grouping, no currency: 1,23,456.</summary>
    public const string CountFormat = "[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0";

    /// <summary>ISO dates, as in the CSV files (never the locale's ambiguous d/m order).</summary>
    public const string DateFormat = "yyyy-mm-dd";

    /// <summary>Excel's built-in "0.00" (ratios) and "0.00%" (percentages, the value a fraction) and "@" (text).</summary>
    public const uint RatioFormatId = 2, PercentageFormatId = 10, TextFormatId = 49;

    private const uint MoneyFormatId = 164, CountFormatId = 165, DateFormatId = 166;

    public const uint HeaderStyle = 1;

    /// <summary>The cell format index (s="…") of a value of <paramref name="kind"/>.</summary>
    public static uint StyleOf(ValueKind kind) => kind switch
    {
        ValueKind.Text => 2,
        ValueKind.Count => 3,
        ValueKind.Money => 4,
        ValueKind.Ratio => 5,
        ValueKind.Percentage => 6,
        ValueKind.Date => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static Stylesheet Build()
    {
        static CellFormat Format(uint numberFormat, uint font = 0) =>
            new() { NumberFormatId = numberFormat, FontId = font, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = numberFormat != 0, ApplyFont = font != 0 };

        static Font Font(bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })
            : new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = MoneyFormatId, FormatCode = MoneyFormat },
                new NumberingFormat { NumberFormatId = CountFormatId, FormatCode = CountFormat },
                new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormat })
            { Count = 3 },
            new Fonts(Font(false), Font(true)) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            // The order matches HeaderStyle and StyleOf.
            new CellFormats(
                Format(0),
                Format(TextFormatId, font: 1),
                Format(TextFormatId),
                Format(CountFormatId),
                Format(MoneyFormatId),
                Format(RatioFormatId),
                Format(PercentageFormatId),
                Format(DateFormatId))
            { Count = 8 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
