namespace RoiReportGen.Data;

/// <summary>
/// A record that runs over several lines although it should not: a quote left open swallowed the lines after it
/// into one value, until another quote closed it. The lines it swallowed cannot be told apart reliably (their
/// commas are inside the value), so the whole record is excluded with this one issue, which names every line lost.
/// </summary>
/// <param name="EndLine">The last line of the record.</param>
/// <param name="Why">What shows that the line breaks are not data: bad quoting, the field count, or the column.</param>
/// <param name="Column">The known column whose value holds the line breaks; "" when none of the report's columns does.</param>
/// <param name="Value">The start of the value that holds the line breaks (up to its first line break).</param>
internal sealed record SwallowedLines(int StartLine, int EndLine, string Why, string Column, string Value)
{
    public string Reason
    {
        get
        {
            var lines = EndLine - StartLine == 1 ? $"line {EndLine}" : $"lines {StartLine + 1}-{EndLine}";
            return $"a quoted value runs on to line {EndLine}, swallowing {lines} into this row ({Why}): is a quote left open? The row is left out";
        }
    }
}
