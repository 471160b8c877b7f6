
namespace RoiReportGen.Data;

/// <summary>
/// Remembers the last date field a row reader parsed: files are mostly in date order, so most rows repeat the date
/// of the row before, and comparing ten bytes costs less than parsing and checking them again. One per row reader
/// (per thread); the result is always what <see cref="FieldParser.ParseDate"/> gives for the same bytes.
/// </summary>
internal sealed class DateFieldCache
{
    private const int MaxLength = 16;

    private readonly byte[] last = new byte[MaxLength];
    private int lastLength = -1;
    private FieldStatus lastStatus;
    private DateOnly lastValue;

    public FieldStatus Parse(ReadOnlySpan<byte> field, out DateOnly value)
    {
        if (lastLength >= 0 && field.SequenceEqual(last.AsSpan(0, lastLength)))
        {
            value = lastValue;
            return lastStatus;
        }

        var status = FieldParser.ParseDate(field, out value);
        if (field.Length <= MaxLength)
        {
            field.CopyTo(last);
            lastLength = field.Length;
            lastStatus = status;
            lastValue = value;
        }

        return status;
    }
}
