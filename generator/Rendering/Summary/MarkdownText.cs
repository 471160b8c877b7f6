using System.Text;

namespace RoiReportGen.Rendering.Summary;

/// <summary>Data text made safe for GitHub-flavoured Markdown, and table rows built from it.</summary>
public static class MarkdownText
{
    // Every character that can start markup inside a table cell or a heading: emphasis, code, links,
    // HTML, the cell separator, strikethrough, math and entities. All are ASCII punctuation, which
    // CommonMark lets a backslash escape.
    private const string Special = "\\`*_[]<>|#~$&!";

    // A zero-width space, as an entity so it is visible in the file: it breaks autolinks and mentions
    // without changing what a reader sees (Dependabot and Renovate write "@&#8203;name" for the same reason).
    private const string LinkBreak = "&#8203;";

    /// <summary>
    /// Escapes markup characters, turns line breaks and other control characters into spaces, and
    /// keeps GitHub from turning data into links or notifications: a zero-width space goes after every
    /// <c>@</c> (mentions, team mentions, e-mail autolinks), after the colon of <c>scheme://</c>
    /// (<c>https://…</c> autolinks) and between <c>www</c> and its dot (<c>www.…</c> autolinks).
    /// A backslash or an entity for the character itself would not do: GitHub finds mentions in the
    /// rendered text, where both are already undone.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
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
            if (StartsLinkOrMention(text, i))
            {
                escaped.Append(LinkBreak);
            }
        }

        return escaped.ToString();
    }

    // Whether GFM or GitHub could read a link or a mention across the gap after text[i].
    private static bool StartsLinkOrMention(string text, int i) =>
        text[i] == '@'
        || (text[i] == ':' && string.CompareOrdinal(text, i + 1, "//", 0, 2) == 0)
        || (i >= 2 && i + 1 < text.Length && text[i + 1] == '.' && string.Compare(text, i - 2, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0);

    /// <summary>One table row of cells that are already Markdown (escape data text first).</summary>
    public static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    /// <summary>The header row and its alignment row: the first <paramref name="textColumns"/> columns left, the rest right.</summary>
    public static string Header(int textColumns, params string[] names) =>
        Row(names) + "\n" + Row(names.Select((_, i) => i < textColumns ? ":---" : "---:"));
}
