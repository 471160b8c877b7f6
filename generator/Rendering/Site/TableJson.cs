using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// Writes a table's rows as compact JSON for report.js. System.Text.Json's default encoder escapes
/// &lt; &gt; &amp; ' and + as \uXXXX, so the JSON can sit inside a script block whatever the data says.
/// </summary>
public static class TableJson
{
    public static TableBlock Build<TRow>(
        string id,
        string label,
        IReadOnlyList<TableColumn<TRow>> columns,
        IReadOnlyList<TRow> rows,
        string? sortKey,
        bool sortDescending,
        string? download,
        int pageSize = 25)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("columns");
            foreach (var column in columns)
            {
                json.WriteStartObject();
                json.WriteString("key", column.Key);
                json.WriteString("label", column.Label);
                json.WriteString("type", TypeName(column.Kind));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var column in columns)
                {
                    WriteCell(json, column.Value(row));
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            if (sortKey is not null)
            {
                json.WriteStartObject("sort");
                json.WriteString("column", sortKey);
                json.WriteBoolean("descending", sortDescending);
                json.WriteEndObject();
            }

            if (download is not null)
            {
                json.WriteString("download", download);
            }

            json.WriteEndObject();
        }

        return new TableBlock(id, label, new TrustedHtml(Encoding.UTF8.GetString(buffer.ToArray())), rows.Count, pageSize);
    }

    // The names report.js knows (docs/SITE.md).
    private static string TypeName(CellKind kind) => kind switch
    {
        CellKind.Count => "int",
        CellKind.Money => "money",
        CellKind.Ratio => "ratio",
        CellKind.Percent => "percent",
        CellKind.Date => "date",
        _ => "text",
    };

    private static void WriteCell(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case decimal d:
                json.WriteNumberValue(d);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
