using System.Net;
using System.Text;

namespace RoiReportGen.Rendering.Site;

/// <summary>The escapers the two kinds of template output use.</summary>
public static class TextEscapes
{
    /// <summary>HTML text and attribute values: &amp; &lt; &gt; " ' are escaped.</summary>
    public static string Html(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Markdown text: every ASCII punctuation character gets a backslash, so a name such as
    /// "[x](javascript:…)" or "**" stays literal text; line breaks become spaces so a value cannot
    /// start a new block (a heading, a list item).
    /// </summary>
    public static string Markdown(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        // A value with bidirectional controls (e.g. U+202E) could reverse the rest of its sentence:
        // first-strong isolate … pop directional isolate keeps its effect inside the value.
        var isolate = text.Any(IsBidiControl);
        if (isolate)
        {
            builder.Append('\u2068');
        }

        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > 127 || char.IsControl(c))
            {
                builder.Append(char.IsControl(c) ? ' ' : c);
            }
            else
            {
                builder.Append('\\').Append(c);
            }
        }

        if (isolate)
        {
            builder.Append('\u2069');
        }

        return builder.ToString();
    }

    private static bool IsBidiControl(char c) => c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
