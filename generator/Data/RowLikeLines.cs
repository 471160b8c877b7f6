namespace RoiReportGen.Data;

/// <summary>
/// Counts the physical lines of a multi-line record that read, on their own, as whole rows of the file: as many
/// fields as the header (blank trailing fields aside) and a valid date in the date column. A caption may hold line
/// breaks, but its lines are prose; when a quote is left open and a later stray quote closes it, the record is
/// well-formed CSV and only this shows that it swallowed rows: the opening row and each row swallowed after it read
/// as rows of their own, wherever the free-text column stands. One such line is normal (the line holding the other
/// columns when the caption is last); two or more are not.
/// </summary>
internal static class RowLikeLines
{
    /// <param name="raw">The record's bytes as in the file.</param>
    /// <param name="fieldCount">The header's field count.</param>
    /// <param name="dateField">The field index of the date column, or -1 when the file has none (any line with the
    /// header's field count then counts).</param>
    public static int Count(ReadOnlySpan<byte> raw, int fieldCount, int dateField)
    {
        var count = 0;
        while (!raw.IsEmpty)
        {
            var end = raw.IndexOfAny((byte)'\n', (byte)'\r');
            var line = end < 0 ? raw : raw[..end];
            if (IsRow(line, fieldCount, dateField))
            {
                count++;
            }

            raw = end < 0 ? default : raw[(end + 1)..];
        }

        return count;
    }

    // Splits one line on its own, as CSV would if the line were the whole file: a field that starts with a quote runs
    // to the closing quote (a doubled quote is a quote); a quote left open on the line is plain text.
    private static bool IsRow(ReadOnlySpan<byte> line, int fieldCount, int dateField)
    {
        if (FieldParser.Trim(line).IsEmpty)
        {
            return false;
        }

        var fields = 0;
        var blankTail = 0;
        var dateOk = dateField < 0;
        var i = 0;
        while (true)
        {
            var start = i;
            while (i < line.Length && line[i] == (byte)' ')
            {
                i++;
            }

            if (i < line.Length && line[i] == (byte)'"')
            {
                var quote = i++;
                while (i < line.Length && !(line[i] == (byte)'"' && (i + 1 == line.Length || line[i + 1] != (byte)'"')))
                {
                    i += line[i] == (byte)'"' ? 2 : 1;
                }

                // A quote this line never closes is the one left open: read it as a character, as a person would.
                i = i >= line.Length ? quote + 1 : i + 1;
            }

            var comma = line[i..].IndexOf((byte)',');
            var stop = comma < 0 ? line.Length : i + comma;
            var field = line[start..stop];
            blankTail = FieldParser.Trim(field).IsEmpty ? blankTail + 1 : 0;
            if (fields == dateField)
            {
                var text = FieldParser.Trim(field);
                text = text.Length >= 2 && text[0] == (byte)'"' && text[^1] == (byte)'"' ? text[1..^1] : text;
                dateOk = FieldParser.ParseDate(text, out _) == FieldStatus.Ok;
            }

            fields++;
            if (comma < 0)
            {
                break;
            }

            i = stop + 1;
        }

        var counted = Math.Max(fields - blankTail, Math.Min(fields, fieldCount));
        return dateOk && counted == fieldCount;
    }
}
