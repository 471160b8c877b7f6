using System.Buffers;
using System.Globalization;
using System.Text;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// A view's own file, views/PLATFORM/PERIOD.js: one call that hands the page the view's rendered HTML. A script
/// file, not data read with fetch: a page opened from file:// may not fetch files beside it, and the page's
/// Content-Security-Policy (script-src 'self', connect-src 'none') allows a script from the site but no
/// request for data. The page adds a &lt;script src&gt; for a view the first time it is shown (docs/SITE.md).
/// </summary>
public static class ViewScript
{
    public const string Folder = "views";

    /// <summary>The global function report.js defines for view files to call: (platform, period, html).</summary>
    public const string RegisterFunction = "roiReportView";

    /// <summary>The site-relative path of a view's file, with '/' separators: views/instagram/2025-10.js.</summary>
    public static string RelativePath(string platformSlug, string periodSlug) => $"{Folder}/{platformSlug}/{periodSlug}.js";

    /// <summary>The file's text: the registration call with the view's keys and its HTML.</summary>
    public static string Content(string platformSlug, string periodSlug, string html) =>
        $"{RegisterFunction}({Literal(platformSlug)},{Literal(periodSlug)},{Literal(html)});\n";

    /// <summary>
    /// A JavaScript string literal of <paramref name="text"/> that is also a JSON string: quotes, backslashes and
    /// control characters escaped; U+2028 and U+2029 escaped (line terminators in older JavaScript); "&lt;/" written "&lt;\/" and
    /// "&lt;!" escaped so the text can never close or comment out a script element even if pasted inline; a lone
    /// surrogate escaped rather than turned into U+FFFD. Everything else is written as it is (UTF-8), so the HTML
    /// stays about its own size.
    /// </summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + (text.Length / 16) + 2);
        builder.Append('"');
        // Almost every view is free of U+2028, U+2029 and surrogates: its runs are then found by an ASCII-only search,
        // several times faster than one that must also look for those (about 0.3 s of a 1M-row build, on every core).
        var special = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && text.AsSpan().IndexOfAny('\u2028', '\u2029') < 0
            ? MayNeedEscapeAscii
            : MayNeedEscape;
        var i = 0;
        while (i < text.Length)
        {
            // Runs of ordinary characters (most of a view's HTML, and its chart JSON) are copied whole.
            var run = text.AsSpan(i).IndexOfAny(special);
            if (run < 0)
            {
                builder.Append(text.AsSpan(i));
                break;
            }

            builder.Append(text.AsSpan(i, run));
            i += run;
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '/' when i > 0 && text[i - 1] == '<':
                    builder.Append("\\/"); // "<\/": one byte more per closing tag, where "\u003c" costs five
                    break;
                case '<' when i + 1 < text.Length && text[i + 1] == '!':
                    builder.Append("\\u003c");
                    break;
                default:
                    if (c < ' ' || c is '\u2028' or '\u2029' || IsLoneSurrogate(text, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                        if (char.IsHighSurrogate(c))
                        {
                            builder.Append(text[++i]); // its low half, checked by IsLoneSurrogate
                        }
                    }

                    break;
            }

            i++;
        }

        return builder.Append('"').ToString();
    }

    // Every character the loop above may write differently: control characters, '"', '\\', '/' and '<' (checked with
    // their neighbour), U+2028, U+2029 and surrogates (checked for a partner).
    private static readonly SearchValues<char> MayNeedEscape = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\', '/', '<', '\u2028', '\u2029',
         .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c)]);

    // The same without the non-ASCII ones, for a text that holds none of them.
    private static readonly SearchValues<char> MayNeedEscapeAscii = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\', '/', '<']);

    private static bool IsLoneSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]);
}
