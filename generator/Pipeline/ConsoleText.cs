using System.Globalization;
using System.Text;

namespace RoiReportGen.Pipeline;

/// <summary>
/// One line of console output made safe for a terminal and a CI log. Values, header names and paths
/// from the data reach stderr/stdout; raw, an escape sequence could recolour or rewrite the
/// terminal, a bell ring, a newline forge a line, a bidi override reorder what is shown, and a line
/// that GitHub Actions reads as a workflow command (`::error file=…::`, `##[…]`) annotate or alter the run.
/// </summary>
public static class ConsoleText
{
    /// <summary>
    /// Control characters (C0, DEL, C1) become visible escapes (<c>\n</c>, <c>\r</c>, <c>\t</c>, else
    /// <c>\xHH</c>); bidi controls and line/paragraph separators become <c>\uHHHH</c>. Then a line that
    /// the Actions runner would read as a workflow command is defused: it trims leading white space and
    /// looks for <c>::</c>, whose first colon becomes <c>\x3a</c>, and it finds the legacy <c>##[</c>
    /// anywhere in a line, whose bracket becomes <c>\x5b</c>. A backslash is left as it is, so these
    /// escapes are for reading, not a reversible encoding: data_issues.csv holds the exact values.
    /// </summary>
    /// <param name="line">The text of one line, without its line end.</param>
    /// <param name="startsLine">False for the rest of a line whose start was already written (and checked).</param>
    public static string EscapeLine(string line, bool startsLine = true)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            var escape = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ when IsBidiControlOrSeparator(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => null,
            };
            if (escape is null)
            {
                text.Append(c);
            }
            else
            {
                text.Append(escape);
            }
        }

        return DefuseWorkflowCommands(text, startsLine).ToString();
    }

    // U+061C ALM, U+200E/U+200F LRM/RLM, U+202A–U+202E embeddings and overrides, U+2066–U+2069
    // isolates; U+2028/U+2029 line and paragraph separators, which some terminals break lines at.
    private static bool IsBidiControlOrSeparator(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or '\u2028' or '\u2029';

    private static StringBuilder DefuseWorkflowCommands(StringBuilder text, bool startsLine)
    {
        // The runner's TryParseV2: message.TrimStart() must start with "::" (char.IsWhiteSpace, as here).
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (startsLine && start + 1 < text.Length && text[start] == ':' && text[start + 1] == ':')
        {
            text.Remove(start, 1).Insert(start, "\\x3a");
        }

        // The runner's legacy TryParse: "##[" anywhere in the line.
        return text.Replace("##[", "##\\x5b");
    }
}
