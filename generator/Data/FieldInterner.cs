using System.IO.Hashing;

namespace RoiReportGen.Data;

/// <summary>
/// Turns the bytes of one column's field into its text (<see cref="CsvTable.Text"/>) without a string per row: each
/// distinct field is decoded once and looked up by its bytes afterwards. A tracking file has a few thousand distinct
/// campaigns, influencers, brands and products in a million rows. One per column and row reader (one thread), so
/// no locking; the strings of two readers are equal, not the same object, which is all a key needs.
/// </summary>
/// <remarks>
/// The text is a function of the field's raw bytes (<see cref="CsvTable.RawBytes"/>: CsvHelper decodes a field from
/// them alone), so the same bytes always give the text <see cref="CsvTable.Text"/> gives. A table keeps at most <see cref="MaxEntries"/>
/// values (free text would otherwise grow it with the file); past that, misses are decoded each time.
/// </remarks>
internal sealed class FieldInterner
{
    public const int MaxEntries = 100_000;

    private readonly Dictionary<byte[], KeyText> values = new(ByteArrayComparer.Instance);
    private readonly Dictionary<byte[], KeyText>.AlternateLookup<ReadOnlySpan<byte>> lookup;

    public FieldInterner() => lookup = values.GetAlternateLookup<ReadOnlySpan<byte>>();

    /// <summary>The text of known column <paramref name="column"/> of the current record, with its hash.</summary>
    public KeyText Text(CsvTable table, int column)
    {
        var bytes = table.RawBytes(column);
        if (lookup.TryGetValue(bytes, out var known))
        {
            return known;
        }

        var text = KeyText.Of(table.Text(column));
        if (values.Count < MaxEntries)
        {
            lookup.TryAdd(bytes, text);
        }

        return text;
    }

    private sealed class ByteArrayComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly ByteArrayComparer Instance = new();

        private static readonly long Seed = Random.Shared.NextInt64();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        // XxHash3 is several times faster than HashCode.AddBytes on short fields; the seed is random per process (as
        // string hashes are), so a file cannot be made to collide, and no hash outlives the process.
        public int GetHashCode(ReadOnlySpan<byte> alternate) => (int)XxHash3.HashToUInt64(alternate, Seed);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
