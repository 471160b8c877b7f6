using System.Globalization;
using System.Text;

namespace RoiReportGen.Rendering;

/// <summary>
/// The one way the report shortens text: by user-perceived characters (grapheme clusters), never by
/// UTF-16 units. A cut inside a surrogate pair leaves half a character that no encoder accepts (the
/// build crashed on it); a cut inside an emoji ZWJ sequence, a skin-tone modifier, a flag or a
/// Devanagari conjunct shows a different character from the one in the data.
/// </summary>
public static class TextElements
{
    public const char Ellipsis = '…';

    // Indic viramas that join consonants into one conjunct (Unicode 15.1 InCB=Linker). .NET's text
    // elements follow the extended grapheme rules without GB9c, so "क्ष" would be two of them.
    private static readonly HashSet<char> Linkers = ['\u094D', '\u09CD', '\u0ACD', '\u0B4D', '\u0C4D', '\u0D4D'];

    /// <summary>The text's user-perceived characters, in order.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (elements.Count > 0 && EndsWithLinker(elements[^1]) && char.IsLetter(element[0]))
            {
                elements[^1] += element; // consonant + virama + consonant is one conjunct
            }
            else
            {
                elements.Add(element);
            }
        }

        return elements;
    }

    /// <summary>
    /// The text itself when it has at most <paramref name="maxElements"/> characters; otherwise its first
    /// <paramref name="maxElements"/> − 1 characters and "…" (so the result never has more than the maximum).
    /// </summary>
    public static string Shorten(string text, int maxElements)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxElements, 1);

        // Fewer UTF-16 units than the maximum means fewer characters too: no need to segment.
        if (text.Length <= maxElements)
        {
            return text;
        }

        var elements = Of(text);
        if (elements.Count <= maxElements)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var element in elements.Take(maxElements - 1))
        {
            builder.Append(element);
        }

        return builder.Append(Ellipsis).ToString();
    }

    private static bool EndsWithLinker(string element)
    {
        // A zero-width joiner or non-joiner after the virama asks for a half form: still one conjunct.
        var end = element.TrimEnd('\u200D', '\u200C');
        return end.Length > 0 && Linkers.Contains(end[^1]);
    }
}
