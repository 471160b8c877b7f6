namespace RoiReportGen.Data;

/// <summary>A text value of a <see cref="TrackingKey"/> with its ordinal hash, computed once per distinct value.</summary>
internal readonly record struct KeyText(string Text, int Hash)
{
    public static KeyText Of(string text) => new(text, StringComparer.Ordinal.GetHashCode(text));
}
