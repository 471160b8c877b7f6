using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RoiReportGen.Rendering.Csv;
using XlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace RoiReportGen.Rendering.Workbook;

/// <summary>
/// Writes sheets into an .xlsx with the Open XML SDK: per sheet a bold header row frozen in place, an autofilter
/// over the table, fitted column widths, and typed cells: numbers as numbers with their kind's format, dates as
/// Excel dates, undefined values as no cell at all, and every text as a shared string, never a formula (the
/// workbook has no formula cell). Sheet data is streamed with OpenXmlWriter, so 10,000 rows stay cheap.
/// </summary>
public static class WorkbookWriter
{
    /// <summary>The most rows a sheet holds (Excel's 1,048,576 with the header); the CSV keeps any beyond.</summary>
    public const int MaxRows = 1_048_575;

    // Excel's day 0 (its 1900 date system, counted past the 1900 leap-year bug as every reader does).
    private static readonly int ExcelEpoch = new DateOnly(1899, 12, 30).DayNumber;

    public static void Write(string path, IReadOnlyList<WorkbookSheet> sheets, int maxRows = MaxRows)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            // Stored, not deflated: the package is only read back by DeterministicZip.Repack, which deflates each part
            // once as it writes the file (deflating here too cost a deflate and an inflate per part: 0.15 s at 1M rows).
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            // Relationship ids are given, not generated, so they are the same in every build.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            stylesPart.Stylesheet = WorkbookStyles.Build();
            var strings = new SharedStrings();
            var entries = new List<Sheet>();
            var filters = new List<DefinedName>();
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                var relationshipId = $"rIdSheet{i + 1}";
                var rows = Math.Min(sheet.Rows.Count, maxRows);
                var range = $"A1:{ColumnName(sheet.Headers.Count - 1)}{rows + 1}";
                WriteSheet(workbookPart.AddNewPart<WorksheetPart>(relationshipId), sheet, rows, range, selected: i == 0, strings);
                entries.Add(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = relationshipId });
                // Excel's own name for a sheet's filter range; it expects it beside an autoFilter.
                filters.Add(new DefinedName($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!{Absolute(range)}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                });
            }

            strings.Write(workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings"));
            workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                new Sheets(entries),
                new DefinedNames(filters));
        }

        DeterministicZip.Repack(package, path);
    }

    private static void WriteSheet(WorksheetPart part, WorkbookSheet sheet, int rows, string range, bool selected, SharedStrings strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = selected,
            WorkbookViewId = 0,
        }));
        var widths = ColumnWidths.Of(sheet);
        writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));

        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Headers.Select(h => (ColumnValue.Of(h), ValueKind.Text, WorkbookStyles.HeaderStyle)), strings);
        var styles = sheet.Kinds.Select(WorkbookStyles.StyleOf).ToArray();
        for (var r = 0; r < rows; r++)
        {
            var cells = sheet.Rows[r];
            WriteRow(writer, r + 2, cells.Select((c, i) => (c, sheet.Kinds[i], styles[i])), strings);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = range });
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int rowNumber, IEnumerable<(ColumnValue Value, ValueKind Kind, uint Style)> cells, SharedStrings strings)
    {
        var number = rowNumber.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, number)]);
        var column = 0;
        foreach (var (value, kind, style) in cells)
        {
            // An undefined value is no cell: Excel and every reader see an empty cell, as in the CSV.
            if (!value.IsEmpty)
            {
                var cell = new Cell { CellReference = ColumnName(column) + number, StyleIndex = style };
                if (kind == ValueKind.Text)
                {
                    cell.DataType = CellValues.SharedString;
                    cell.CellValue = new XlCellValue(strings.IndexOf(value.Text!).ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    cell.CellValue = new XlCellValue(NumberText(value));
                }

                writer.WriteElement(cell);
            }

            column++;
        }

        writer.WriteEndElement();
    }

    // A number as the shortest text of the double nearest to the CSV's exact decimal, the one any reader of the CSV
    // gets (a spreadsheet stores doubles). Parsed from the CSV's text because decimal → double casts are not always
    // correctly rounded (2.6470588235294117647… casts one unit off). A date as its serial.
    private static string NumberText(ColumnValue value) =>
        value.Date is { } date
            ? (date.DayNumber - ExcelEpoch).ToString(CultureInfo.InvariantCulture)
            : double.Parse(CsvColumns.FormatNumber(value.Number!.Value), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A zero-based column index as Excel's letters: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    // A1:V9 → $A$1:$V$9
    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(c => "$" + string.Concat(c.TakeWhile(char.IsLetter)) + "$" + string.Concat(c.SkipWhile(char.IsLetter))));
}
