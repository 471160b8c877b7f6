namespace RoiReportGen.Data;

/// <summary>
/// A fatal input problem (missing file, missing required column, unreadable or empty file).
/// Its message is the one line the user sees: <c>file:line: column 'x': reason</c>.
/// </summary>
public sealed class InputFileException : Exception
{
    public InputFileException(string file, int line, string column, string reason)
        : base(Format(file, line, column, reason))
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public string File { get; }

    public int Line { get; }

    public string Column { get; }

    public string Reason { get; }

    private static string Format(string file, int line, string column, string reason) =>
        column.Length == 0 ? $"{file}:{line}: {reason}" : $"{file}:{line}: column '{column}': {reason}";
}
