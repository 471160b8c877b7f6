using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RoiReportGen.Rendering.Workbook;

/// <summary>
/// The workbook's shared string table: each distinct text once, numbered in the order first met (so the same
/// sheets give the same table). Repeated platforms, categories and actions cost one index each, which keeps
/// report.xlsx small; shared strings are also what Excel itself writes, so every reader knows them.
/// </summary>
public sealed class SharedStrings
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];

    public int IndexOf(string text)
    {
        if (!indexes.TryGetValue(text, out var index))
        {
            index = texts.Count;
            indexes.Add(text, index);
            texts.Add(text);
        }

        return index;
    }

    public void Write(SharedStringTablePart part)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable { Count = (uint)texts.Count, UniqueCount = (uint)texts.Count });
        foreach (var text in texts)
        {
            var escaped = XmlText.Escape(text);
            // Leading or trailing spaces, tabs and line breaks survive only with xml:space="preserve".
            var element = new Text(escaped);
            if (escaped.Length > 0 && (char.IsWhiteSpace(escaped[0]) || char.IsWhiteSpace(escaped[^1]) || escaped.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0))
            {
                element.Space = SpaceProcessingModeValues.Preserve;
            }

            writer.WriteElement(new SharedStringItem(element));
        }

        writer.WriteEndElement();
    }
}
