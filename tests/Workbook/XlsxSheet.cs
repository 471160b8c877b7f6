using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RoiReportGen.Tests.Workbook;

/// <summary>One cell as the Open XML SDK reads it: its type (t), raw value, whether it carries a formula, and its number format code.</summary>
public sealed record XlsxCell(string Type, string Value, bool HasFormula, string Format);

/// <summary>
/// A sheet of an .xlsx read back with the Open XML SDK's DOM (not the writer's own code): the cells by
/// reference (shared strings resolved and their _xHHHH_ escapes decoded), the frozen pane and the autofilter.
/// </summary>
public sealed partial record XlsxSheet(string Name, IReadOnlyDictionary<string, XlsxCell> Cells, Pane? Pane, string? AutoFilter, int RowCount)
{
    // Excel's built-in formats the writer uses.
    private static readonly Dictionary<uint, string> BuiltIn = new() { [0] = "General", [2] = "0.00", [10] = "0.00%", [49] = "@" };

    public static IReadOnlyList<XlsxSheet> ReadAll(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => Unescape(i.InnerText)).ToList() ?? [];
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var formats = styles.CellFormats!.Elements<CellFormat>()
            .Select(f => f.NumberFormatId!.Value)
            .Select(id => custom.TryGetValue(id, out var code) ? code : BuiltIn[id])
            .ToList();
        return [.. workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var cells = new Dictionary<string, XlsxCell>(StringComparer.Ordinal);
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                var type = cell.DataType?.InnerText ?? "n";
                var raw = cell.CellValue?.Text ?? string.Empty;
                var value = type == "s" ? strings[int.Parse(raw, CultureInfo.InvariantCulture)] : raw;
                cells[cell.CellReference!] = new XlsxCell(type, value, cell.CellFormula is not null, formats[(int)(cell.StyleIndex?.Value ?? 0)]);
            }

            var pane = part.Worksheet.Descendants<Pane>().SingleOrDefault();
            var filter = part.Worksheet.Elements<AutoFilter>().SingleOrDefault()?.Reference?.Value;
            return new XlsxSheet(sheet.Name!, cells, pane, filter, part.Worksheet.Descendants<Row>().Count());
        })];
    }

    /// <summary>ST_Xstring: _xHHHH_ is the character HHHH (so _x005F_ is a literal underscore).</summary>
    public static string Unescape(string text) =>
        Escape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();
}
