using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace RoiReportGen.Data;

/// <summary>
/// One input file read record by record through CsvHelper, with its header mapped to the file's
/// column table. Every CsvHelper or I/O failure leaves here as an <see cref="InputFileException"/>.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    // Larger records only happen when a quote is left open; this stops one from eating all memory.
    private const int MaxRecordBytes = 4 * 1024 * 1024;

    private readonly CsvReader reader;
    private readonly HeaderMap map;
    private readonly int headerCount;
    private readonly bool ownsReader = true;

    // Records over several lines whose quoting is malformed, by start line. Written by the thread that reads the
    // input (OnMalformed) before the record is handed to a worker that reads it (LineBreakProblem).
    private readonly ConcurrentDictionary<long, CsvMalformedReason> malformedMultiLine;
    private int unterminatedQuoteLine;

    private CsvTable(string path, string file, IReadOnlyList<ColumnSpec> columns)
    {
        File = file;
        Columns = columns;
        malformedMultiLine = new ConcurrentDictionary<long, CsvMalformedReason>();
        var options = new CsvReaderOptions
        {
            // Never guess the separator: a file with semicolons must fail on its header, not be half read.
            Separator = ',',
            TrackLineNumbers = true,
            TrimWhitespace = true,
            TrimInsideQuotes = true,
            SkipEmptyLines = true,
            PoolStrings = true,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = OnMalformed,
        };
        try
        {
            reader = CsvReader.FromFile(path, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file, 0, "", $"cannot be opened: {ex.Message}");
        }

        try
        {
            var headers = Guard(() => reader.Headers);
            ThrowOnUnterminatedQuote();
            if (headers.Count == 0)
            {
                throw new InputFileException(file, 1, "", "the file is empty: it has no header line");
            }

            headerCount = headers.Count;
            map = HeaderMap.Build(file, Math.Max(1, SafeLine()), headers, columns);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    // A view of the same file over a worker's reader in ReadRows: shares the header map, owns nothing.
    private CsvTable(CsvTable table, CsvReader worker)
    {
        File = table.File;
        Columns = table.Columns;
        map = table.map;
        headerCount = table.headerCount;
        malformedMultiLine = table.malformedMultiLine;
        reader = worker;
        ownsReader = false;
    }

    public string File { get; }

    public IReadOnlyList<ColumnSpec> Columns { get; }

    /// <summary>The one notice about columns this file has but the report does not use, or null.</summary>
    public string? UnknownColumnsNotice =>
        map.Unknown.Count == 0 ? null : $"{File}: ignored unknown columns: {string.Join(", ", map.Unknown)}";

    /// <summary>The 1-based line where the current record starts (header included).</summary>
    public int Line => (int)reader.LineNumber;

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount => reader.FieldCount;

    /// <summary>The number of fields in the header.</summary>
    public int HeaderCount => headerCount;

    /// <exception cref="InputFileException">The file is missing or cannot be opened or read.</exception>
    public static CsvTable Open(string folder, string file, IReadOnlyList<ColumnSpec> columns)
    {
        var path = Path.Combine(folder, file);
        return System.IO.File.Exists(path)
            ? new CsvTable(path, file, columns)
            : throw new InputFileException(file, 0, "", $"file not found in '{folder}'");
    }

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    public bool Read()
    {
        var more = Guard(reader.Read);
        ThrowOnUnterminatedQuote();
        return more;
    }

    /// <summary>
    /// Maps every remaining record with a row reader made by <paramref name="createReader"/>, in file order. With
    /// <paramref name="workers"/> above 1 the records are mapped on that many threads (CsvHelper's ParallelEnumerate),
    /// each with its own row reader over its own view of the table, so a row reader need not be thread-safe; the
    /// results, progress and fatal errors are the same as with one thread.
    /// </summary>
    /// <exception cref="InputFileException">The file cannot be read or is malformed (see <see cref="Read"/>).</exception>
    public IEnumerable<T> ReadRows<T>(Func<CsvTable, Func<T>> createReader, int workers)
    {
        if (workers <= 1)
        {
            var read = createReader(this);
            while (Read())
            {
                yield return read();
            }

            yield break;
        }

        using var perThread = new ThreadLocal<(CsvReader? Reader, Func<T>? Read)>();
        T Select(CsvReader worker)
        {
            var (owner, read) = perThread.Value;
            if (owner != worker || read is null)
            {
                read = createReader(new CsvTable(this, worker));
                perThread.Value = (worker, read);
            }

            return read();
        }

        using var rows = reader.ParallelEnumerate(Select, workers).GetEnumerator();
        while (Guard(rows))
        {
            yield return rows.Current;
        }

        // An open quote swallows the rest of the file, so this is found at the end, after the records before it.
        ThrowOnUnterminatedQuote();
    }

    /// <summary>The trimmed text of known column <paramref name="column"/>; "" when blank or absent.</summary>
    public string Text(int column)
    {
        var index = map.IndexOf(column);
        if (index < 0)
        {
            return "";
        }

        // Ids and names are keys: look-alike spellings of one value become one (KeyNormalizer). Free text and URLs are
        // shown as written.
        var text = reader.GetString(index);
        return Columns[column].FreeText || Columns[column].Verbatim ? text.Trim() : Unicode.KeyNormalizer.Normalize(text);
    }

    /// <summary>
    /// The UTF-8 bytes of known column <paramref name="column"/> for a parser that trims spaces, tabs and line breaks
    /// itself (<see cref="FieldParser"/>); empty when absent. A field without a quote is its raw bytes, which differ
    /// from the decoded value only by the spaces and tabs CsvHelper trims, so nearly every number and date skips
    /// CsvHelper's decoding; a quoted field is decoded.
    /// </summary>
    public ReadOnlySpan<byte> Bytes(int column)
    {
        var index = map.IndexOf(column);
        if (index < 0)
        {
            return default;
        }

        var raw = reader.GetRawSpan(index);
        return raw.IndexOf((byte)'"') < 0 ? raw : reader.GetSpan(index);
    }

    /// <summary>
    /// The bytes of known column <paramref name="column"/> exactly as in the file (quotes and padding included); empty
    /// when absent. <see cref="Text"/> is a function of these bytes, so they can key a cache of it (<see cref="FieldInterner"/>).
    /// </summary>
    public ReadOnlySpan<byte> RawBytes(int column)
    {
        var index = map.IndexOf(column);
        return index < 0 ? default : reader.GetRawSpan(index);
    }

    /// <summary>
    /// The non-blank values beyond the header's width, joined by commas; "" when there are none.
    /// Such a row usually has an unquoted comma, so its columns cannot be trusted.
    /// </summary>
    public string ExtraValues()
    {
        if (reader.FieldCount <= headerCount)
        {
            return "";
        }

        var extra = new List<string>();
        for (var i = headerCount; i < reader.FieldCount; i++)
        {
            extra.Add(reader.GetString(i).Trim());
        }

        return extra.TrueForAll(v => v.Length == 0) ? "" : string.Join(",", extra);
    }

    /// <summary>
    /// Null when the current record is on one line, or holds line breaks only inside free-text values (a caption) and
    /// is otherwise well-formed. Else the lines a quote left open swallowed: the record has malformed quoting (the
    /// quote was closed by a stray one later on), the wrong number of fields, or a line break in a column that
    /// cannot hold one. One scan of the raw record for a line break is all a normal record costs.
    /// </summary>
    public SwallowedLines? LineBreakProblem()
    {
        var raw = reader.RawRecord;
        if (raw.IndexOfAny((byte)'\n', (byte)'\r') < 0)
        {
            return null;
        }

        var start = Line;
        var end = start + LineBreaks(raw);
        var broken = -1;
        for (var i = 0; i < reader.FieldCount && broken < 0; i++)
        {
            broken = reader.GetSpan(i).IndexOfAny((byte)'\n', (byte)'\r') >= 0 ? i : -1;
        }

        var value = broken < 0 ? "" : FirstLine(reader.GetString(broken));
        var column = broken < 0 ? -1 : map.ColumnAt(broken);
        var columnName = column >= 0 ? Columns[column].Name : "";
        if (malformedMultiLine.TryGetValue(start, out var reason))
        {
            var why = reason == CsvMalformedReason.StrayQuote ? "a stray quote closes it" : "the quote that closes it is followed by text";
            return new SwallowedLines(start, end, why, columnName, value);
        }

        var fields = reader.FieldCount;
        while (fields > headerCount && reader.GetSpan(fields - 1).Trim((byte)' ').IsEmpty)
        {
            fields--;
        }

        if (fields != headerCount)
        {
            return new SwallowedLines(start, end, $"the record has {fields} fields, not {headerCount}", columnName, value);
        }

        if (column >= 0 && Columns[column].FreeText)
        {
            var rows = RowLikeLines.Count(raw, headerCount, DateField());
            return rows < 2
                ? null
                : new SwallowedLines(start, end, $"{rows} of its lines read as rows of this file", columnName, value);
        }

        var name = column >= 0 ? columnName : "an unused column";
        return new SwallowedLines(start, end, $"{name} cannot hold a line break", columnName, value);
    }

    private int DateField()
    {
        for (var c = 0; c < Columns.Count; c++)
        {
            if (Columns[c].Date)
            {
                return map.IndexOf(c);
            }
        }

        return -1;
    }

    public void Dispose()
    {
        if (ownsReader)
        {
            reader.Dispose();
        }
    }

    private bool Guard<T>(IEnumerator<T> rows)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception ex) when (ex is CsvFormatException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw Translate(ex);
        }
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is CsvFormatException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw Translate(ex);
        }
    }

    private InputFileException Translate(Exception error)
    {
        if (error is CsvFormatException ex)
        {
            var line = ex.LineNumber > 0 ? (int)ex.LineNumber : Math.Max(1, SafeLine());
            var reason = ex.Message.Contains("MaxRecordSize", StringComparison.Ordinal)
                ? $"a record is longer than {MaxRecordBytes / (1024 * 1024)} MB: is a quote left open?"
                : $"not valid CSV: {ex.Message}";
            return new InputFileException(File, line, "", reason);
        }

        return new InputFileException(File, Math.Max(1, SafeLine()), "", $"cannot be read: {error.Message}");
    }

    // A quote never closed swallows the rest of the file into one value: refuse the file instead.
    private void OnMalformed(CsvMalformedRecord record)
    {
        if (record.Reason is CsvMalformedReason.StrayQuote or CsvMalformedReason.TextAfterClosingQuote
            && record.RawRecord.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            malformedMultiLine.TryAdd(record.LineNumber, record.Reason);
        }

        if (record.Reason == CsvMalformedReason.UnterminatedQuote && unterminatedQuoteLine == 0)
        {
            unterminatedQuoteLine = Math.Max(1, (int)record.LineNumber);
        }
    }

    private void ThrowOnUnterminatedQuote()
    {
        if (unterminatedQuoteLine > 0)
        {
            throw new InputFileException(
                File, unterminatedQuoteLine, "", "a quoted value opened on this line is never closed");
        }
    }

    // CRLF, LF and a lone CR each end a line.
    private static int LineBreaks(ReadOnlySpan<byte> raw)
    {
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'\n' || (raw[i] == (byte)'\r' && (i + 1 == raw.Length || raw[i + 1] != (byte)'\n')))
            {
                count++;
            }
        }

        return count;
    }

    // The value up to its first line break, at most 60 text elements (never half a character).
    private static string FirstLine(string value)
    {
        var line = value.Split('\n', '\r')[0].Trim();
        var text = new StringInfo(line);
        return text.LengthInTextElements <= 60 ? line : text.SubstringByTextElements(0, 60) + "…";
    }

    private int SafeLine()
    {
        try
        {
            return (int)reader.LineNumber;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }
}
