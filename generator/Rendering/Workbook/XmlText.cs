using System.Text;
using System.Text.RegularExpressions;

namespace RoiReportGen.Rendering.Workbook;

/// <summary>
/// Text as a spreadsheet string (ECMA-376 ST_Xstring): a character XML 1.0 cannot hold (a control character other
/// than tab, LF and CR; a lone surrogate) is written as _xHHHH_, and text that already looks like such an escape
/// has its underscore escaped (_x005F_), so every reader gets back exactly the text of the CSV cell. Text longer
/// than a cell holds is cut to <see cref="MaxCellLength"/>.
/// </summary>
public static partial class XmlText
{
    /// <summary>The most characters an Excel cell holds.</summary>
    public const int MaxCellLength = 32767;

    public static string Escape(string text)
    {
        if (text.Length > MaxCellLength)
        {
            // Never split a surrogate pair.
            var cut = char.IsHighSurrogate(text[MaxCellLength - 1]) ? MaxCellLength - 1 : MaxCellLength;
            text = text[..cut];
        }

        if (!NeedsEscape(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && EscapeLike().IsMatch(text.AsSpan(i)))
            {
                result.Append("_x005F_");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (IsXmlChar(c))
            {
                result.Append(c);
            }
            else
            {
                result.Append("_x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return result.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c == '_' || !IsXmlChar(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    // Surrogates are handled as pairs by the caller; here a lone one is not an XML character.
    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);

    [GeneratedRegex("^_x[0-9A-Fa-f]{4}_")]
    private static partial Regex EscapeLike();
}
