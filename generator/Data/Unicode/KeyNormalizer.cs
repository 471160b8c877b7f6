using System.Buffers;
using System.Text;

namespace RoiReportGen.Data.Unicode;

/// <summary>
/// The form of an id or name the report keys on: NFC, without the characters that are invisible in an id or name
/// (zero-width space, word joiner, zero-width no-break space, soft hyphen, Mongolian vowel separator), trimmed of
/// whitespace and of zero-width joiners at either end. "INF001" and "INF001" + U+200B are then one influencer, and
/// "é" typed as e + U+0301 is "é". Joiners inside a value stay: emoji sequences and Indic scripts need them.
/// </summary>
internal static class KeyNormalizer
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u2060\uFEFF\u00AD\u180E");

    public static string Normalize(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.Trim();
        }

        var value = text.AsSpan().ContainsAny(Invisible) ? Strip(text) : text;
        value = TrimEnds(value);
        return IcuText.Instance is { } icu ? icu.Nfc(value) : value;
    }

    // Whitespace (as string.Trim sees it) and zero-width (non-)joiners, which mean nothing at an end.
    private static string TrimEnds(string text)
    {
        static bool Blank(char c) => char.IsWhiteSpace(c) || c is '\u200C' or '\u200D';
        var start = 0;
        var end = text.Length;
        while (start < end && Blank(text[start]))
        {
            start++;
        }

        while (end > start && Blank(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static string Strip(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Invisible.Contains(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
