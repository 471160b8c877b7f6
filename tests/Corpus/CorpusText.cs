using System.Globalization;
using System.Text;

namespace RoiReportGen.Tests.Corpus;

/// <summary>
/// The small lexical rules of expected.txt: words split on spaces, "quoted text" with \" \\ and
/// \uXXXX escapes (so invisible characters stay visible in the file), and {{repeat N "text"}}
/// in case input files (so a 1 MB field needs no 1 MB file in the repository).
/// </summary>
internal static class CorpusText
{
    private const string RepeatOpen = "{{repeat ";

    /// <summary>Splits <paramref name="text"/> into words; a quoted word may hold spaces and escapes.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                words.Add(Quoted(text, ref i));
            }
            else
            {
                var end = text.IndexOf(' ', i);
                end = end < 0 ? text.Length : end;
                words.Add(text[i..end]);
                i = end;
            }
        }

        return words;
    }

    /// <summary>A value: "quoted" (exact text) or bare; <paramref name="exact"/> tells which.</summary>
    public static string Value(string text, out bool exact)
    {
        text = text.Trim();
        exact = text.StartsWith('"');
        if (!exact)
        {
            return text;
        }

        var i = 0;
        return Quoted(text, ref i);
    }

    /// <summary>Replaces \uXXXX escapes in an unquoted line (an issue value may hold invisible characters).</summary>
    public static string Unescape(string text) =>
        System.Text.RegularExpressions.Regex.Replace(
            text, @"\\u([0-9A-Fa-f]{4})", m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    /// <summary>Expands every {{repeat N "text"}} in a case input file; other bytes are left as they are.</summary>
    public static byte[] ExpandRepeats(byte[] content)
    {
        var text = Encoding.Latin1.GetString(content);
        if (!text.Contains(RepeatOpen, StringComparison.Ordinal))
        {
            return content;
        }

        var output = new StringBuilder();
        var at = 0;
        for (var open = text.IndexOf(RepeatOpen, StringComparison.Ordinal); open >= 0; open = text.IndexOf(RepeatOpen, at, StringComparison.Ordinal))
        {
            var close = text.IndexOf("}}", open, StringComparison.Ordinal);
            var words = Words(text[(open + RepeatOpen.Length)..close]);
            output.Append(text, at, open - at);
            for (var n = int.Parse(words[0], CultureInfo.InvariantCulture); n > 0; n--)
            {
                output.Append(words[1]);
            }

            at = close + 2;
        }

        output.Append(text, at, text.Length - at);
        return Encoding.Latin1.GetBytes(output.ToString());
    }

    private static string Quoted(string text, ref int i)
    {
        var value = new StringBuilder();
        for (i++; i < text.Length && text[i] != '"'; i++)
        {
            if (text[i] != '\\')
            {
                value.Append(text[i]);
                continue;
            }

            i++;
            if (text[i] == 'u')
            {
                value.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
            }
            else
            {
                value.Append(text[i]);
            }
        }

        if (i >= text.Length)
        {
            throw new FormatException($"unclosed quote in: {text}");
        }

        i++;
        return value.ToString();
    }
}
