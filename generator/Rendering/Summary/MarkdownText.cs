using System.Text;

namespace RoiReportGen.Rendering.Summary;

/// <summary>Data text made safe for GitHub-flavoured Markdown, and table rows built from it.</summary>
public static class MarkdownText
{
    // Every character that can start markup inside a table cell or a heading: emphasis, code, links,
    // HTML, the cell separator, strikethrough, math and entities. All are ASCII punctuation, which
    // CommonMark lets a backslash escape.
    private const string Special = "\\`*_[]<>|#~$&!";

    /// <summary>Escapes markup characters and turns line breaks and other control characters into spaces.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                escaped.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>One table row of cells that are already Markdown (escape data text first).</summary>
    public static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    /// <summary>The header row and its alignment row: the first <paramref name="textColumns"/> columns left, the rest right.</summary>
    public static string Header(int textColumns, params string[] names) =>
        Row(names) + "\n" + Row(names.Select((_, i) => i < textColumns ? ":---" : "---:"));
}
