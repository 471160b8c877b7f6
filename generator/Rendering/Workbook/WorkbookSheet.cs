using RoiReportGen.Rendering.Csv;

namespace RoiReportGen.Rendering.Workbook;

/// <summary>
/// One sheet of report.xlsx: a download table's headers and kinds and its rows' values, read through the same
/// <see cref="CsvColumn{TRow}"/> definitions the CSV writer uses (one table model, two formats).
/// </summary>
public sealed record WorkbookSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<ValueKind> Kinds, IReadOnlyList<ColumnValue[]> Rows)
{
    public static WorkbookSheet Of<TRow>(CsvTable<TRow> table, IEnumerable<TRow> rows)
    {
        var columns = table.Columns;
        var values = rows.Select(row =>
        {
            var cells = new ColumnValue[columns.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = columns[i].Value(row);
            }

            return cells;
        }).ToList();
        return new WorkbookSheet(SheetNames.Of(table.FileName), [.. columns.Select(c => c.Name)], [.. columns.Select(c => c.Kind)], values);
    }
}
