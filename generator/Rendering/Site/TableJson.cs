using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// Writes a table's rows as compact JSON for report.js. System.Text.Json's default encoder escapes
/// &lt; &gt; &amp; ' and + as \uXXXX, so the JSON can sit inside a script block whatever the data says.
/// With <see cref="EntitySlugs"/> given, a column with a <see cref="PageLink{TRow}"/> links its cells to the entity
/// pages: its spec gets "link": {"cell": N, "folder": "influencers"} and each row a slug (or null) at index N, after
/// the shown cells, so report.js's sorting, searching and paging (which read only the shown cells) are unchanged.
/// Each column says how the totals row totals it ("total": "sum" or {"ratio": [numerator cell, denominator cell],
/// "scale": N}), and "totals" holds the all-rows totals computed here (<see cref="TableTotals"/>); report.js recomputes
/// the same rules over the rows a search leaves.
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
        int pageSize = 25,
        EntitySlugs? pages = null) =>
        Write(id, label, columns, rows, sortKey, sortDescending, download, pageSize, pages, json =>
        {
            var links = pages is null ? [] : columns.Select(c => c.Link).OfType<PageLink<TRow>>().ToList();
            json.WriteStartArray("rows");
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var column in columns)
                {
                    WriteCell(json, column.Kind, column.Value(row));
                }

                foreach (var link in links)
                {
                    WriteCell(json, CellKind.Text, link.Slug(pages!, row));
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        });

    /// <summary>
    /// A table whose rows are those of another table (<paramref name="sourceId"/>, same columns) whose
    /// <paramref name="filterKey"/> cell equals <paramref name="filterValue"/>: a platform tab's
    /// influencers are the All tab's rows of that platform, so 10,000 influencers are embedded once.
    /// </summary>
    public static TableBlock Borrow<TRow>(
        string id,
        string label,
        IReadOnlyList<TableColumn<TRow>> columns,
        string sourceId,
        string filterKey,
        string filterValue,
        IReadOnlyList<TRow> rows,
        string? sortKey,
        bool sortDescending,
        string? download,
        int pageSize = 25,
        EntitySlugs? pages = null) =>
        Write(id, label, columns, rows, sortKey, sortDescending, download, pageSize, pages, json =>
        {
            json.WriteString("rowsFrom", sourceId);
            json.WriteStartObject("filter");
            json.WriteString("column", filterKey);
            json.WriteString("equals", filterValue);
            json.WriteEndObject();
        });

    private static TableBlock Write<TRow>(
        string id,
        string label,
        IReadOnlyList<TableColumn<TRow>> columns,
        IReadOnlyList<TRow> rows,
        string? sortKey,
        bool sortDescending,
        string? download,
        int pageSize,
        EntitySlugs? pages,
        Action<Utf8JsonWriter> writeRows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("columns");
            var linkCell = columns.Count;
            foreach (var column in columns)
            {
                json.WriteStartObject();
                json.WriteString("key", column.Key);
                json.WriteString("label", column.Label);
                json.WriteString("type", TypeName(column.Kind));
                if (pages is not null && column.Link is { } link)
                {
                    // The slug sits after the shown cells, in the order of the linking columns (see Build).
                    json.WriteStartObject("link");
                    json.WriteNumber("cell", linkCell++);
                    json.WriteString("folder", link.Folder);
                    json.WriteEndObject();
                }

                WriteColumnExtras(json, column, columns);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            writeRows(json);
            if (columns.Any(TableTotals.HasTotal))
            {
                json.WriteStartArray("totals");
                foreach (var (column, total) in columns.Zip(TableTotals.Of(columns, rows)))
                {
                    WriteCell(json, column.Kind, total);
                }

                json.WriteEndArray();
            }

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

    // The totals rule, column group, break-even mark and download name of a column (only what differs from the default).
    private static void WriteColumnExtras<TRow>(Utf8JsonWriter json, TableColumn<TRow> column, IReadOnlyList<TableColumn<TRow>> columns)
    {
        switch (column.Total.Kind)
        {
            case ColumnTotalKind.Sum:
                json.WriteString("total", "sum");
                break;
            case ColumnTotalKind.Ratio:
                json.WriteStartObject("total");
                json.WriteStartArray("ratio");
                json.WriteNumberValue(IndexOf(columns, column.Total.Numerator));
                json.WriteNumberValue(IndexOf(columns, column.Total.Denominator));
                json.WriteEndArray();
                json.WriteNumber("scale", column.Total.Scale);
                json.WriteEndObject();
                break;
        }

        if (column.Group is not null)
        {
            json.WriteString("group", column.Group);
        }

        if (column.BreakEven)
        {
            json.WriteBoolean("breakEven", true);
        }

        if (column.CsvName is not null)
        {
            json.WriteString("csv", column.CsvName);
        }
    }

    private static int IndexOf<TRow>(IReadOnlyList<TableColumn<TRow>> columns, string? key)
    {
        var index = columns.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Key == key, (c: null!, i: -1)).i;
        return index >= 0 ? index : throw new InvalidOperationException($"a ratio total names column '{key}', which the table does not have");
    }

    // The names report.js knows (docs/SITE.md).
    private static string TypeName(CellKind kind) => kind switch
    {
        CellKind.Count => "int",
        CellKind.Money => "money",
        CellKind.Ratio => "ratio",
        CellKind.RatioChange => "ratio-change",
        CellKind.Percent => "percent",
        CellKind.Date => "date",
        _ => "text",
    };

    // The page shows money to the rupee and ratios and rates to two decimals (of a percent): more than
    // 2 and 6 decimals is only weight (a ratio can have 28 digits), so 10,000 influencers stay a few MB.
    // The CSV downloads keep full precision.
    private static decimal ForDisplay(CellKind kind, decimal value)
    {
        var rounded = kind switch
        {
            CellKind.Money => Math.Round(value, 2, MidpointRounding.AwayFromZero),
            CellKind.Ratio or CellKind.RatioChange or CellKind.Percent => Math.Round(value, 6, MidpointRounding.AwayFromZero),
            _ => value,
        };

        return DecimalScale.WithoutTrailingZeros(rounded); // 1.500000 -> 1.5
    }

    private static void WriteCell(Utf8JsonWriter json, CellKind kind, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case decimal d:
                json.WriteNumberValue(ForDisplay(kind, d));
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
