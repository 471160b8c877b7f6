using System.Globalization;
using System.Text;
using CsvHelper;

namespace RoiReportGen.Tests.Support;

/// <summary>A CSV download read back: its header and rows as name → text.</summary>
public sealed class CsvDownload
{
    private CsvDownload(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, byte[] bytes)
    {
        Header = header;
        Rows = rows;
        Bytes = bytes;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    public byte[] Bytes { get; }

    public static CsvDownload Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture });
        var rows = new List<IReadOnlyDictionary<string, string>>();
        string[]? header = null;
        while (reader.Read())
        {
            header ??= [.. reader.Headers];
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = reader.GetString(i);
            }

            rows.Add(row);
        }

        header ??= [.. reader.Headers];
        return new CsvDownload(header, rows, bytes);
    }

    /// <summary>The row whose <paramref name="column"/> is <paramref name="value"/>.</summary>
    public IReadOnlyDictionary<string, string> Row(string column, string value) => Rows.Single(r => r[column] == value);

    /// <summary>A numeric cell as a decimal; null for an empty (undefined) cell.</summary>
    public static decimal? Number(IReadOnlyDictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : decimal.Parse(row[column], NumberStyles.Number, CultureInfo.InvariantCulture);

    public string Text => Encoding.UTF8.GetString(Bytes);
}
