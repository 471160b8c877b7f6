using System.Globalization;
using CsvHelper;

namespace RoiReportGen.Rendering.Csv;

/// <summary>Writes a <see cref="CsvTable{TRow}"/>: UTF-8 with BOM, RFC 4180 (CRLF), formula-injection safe.</summary>
public static class CsvTableWriter
{
    private static readonly CsvWriterOptions Options = new()
    {
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
        // A text cell starting with = + - @ tab or CR is prefixed with ' so a spreadsheet shows it as text.
        Injection = CsvInjection.Escape,
    };

    public static void Write<TRow>(string path, CsvTable<TRow> table, IEnumerable<TRow> rows)
    {
        using var writer = CsvWriter.ToFile(path, Options);
        writer.WriteHeader(table.Columns.Select(c => c.Name).ToArray());
        foreach (var row in rows)
        {
            foreach (var column in table.Columns)
            {
                column.WriteCell(writer, row);
            }

            writer.EndRecord();
        }
    }
}
