using System.Text;

namespace RoiReportGen.Data;

/// <summary>
/// Finds each known column in a header row. Names match case-insensitively, ignoring spaces,
/// "_" and "-", so "Follower Count", "follower_count" and "followerCount" are one column.
/// </summary>
internal sealed class HeaderMap
{
    private readonly int[] indexes;

    private HeaderMap(int[] indexes, IReadOnlyList<string> unknown)
    {
        this.indexes = indexes;
        Unknown = unknown;
    }

    /// <summary>Header names that match no known column, in file order ("(blank)" for an empty name).</summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>The field index of known column <paramref name="column"/>, or -1 when the file lacks it.</summary>
    public int IndexOf(int column) => indexes[column];

    /// <summary>The known column read from field <paramref name="field"/>, or -1 when the report does not use that field.</summary>
    public int ColumnAt(int field) => Array.IndexOf(indexes, field);

    public static string Normalise(string header)
    {
        var key = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (c is not ('_' or '-') && !char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <exception cref="InputFileException">A header appears twice or a required column is missing.</exception>
    public static HeaderMap Build(string file, int line, IReadOnlyList<string> headers, IReadOnlyList<ColumnSpec> columns)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var key = Normalise(headers[i]);
            if (key.Length > 0 && !byKey.TryAdd(key, i))
            {
                var name = columns.FirstOrDefault(c => Normalise(c.Name) == key)?.Name ?? headers[i].Trim();
                throw new InputFileException(
                    file, line, name, $"appears twice in the header ('{headers[byKey[key]].Trim()}' and '{headers[i].Trim()}')");
            }
        }

        var indexes = new int[columns.Count];
        var used = new bool[headers.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var spec = columns[c];
            if (!byKey.TryGetValue(Normalise(spec.Name), out var index)
                && (spec.Alias is null || !byKey.TryGetValue(Normalise(spec.Alias), out index)))
            {
                if (spec.Required)
                {
                    throw new InputFileException(file, line, spec.Name, "required column is missing");
                }

                index = -1;
            }

            indexes[c] = index;
            if (index >= 0)
            {
                used[index] = true;
            }
        }

        var unknown = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (!used[i])
            {
                var name = headers[i].Trim();
                unknown.Add(name.Length == 0 ? "(blank)" : name);
            }
        }

        return new HeaderMap(indexes, unknown);
    }
}
