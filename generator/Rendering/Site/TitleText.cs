namespace RoiReportGen.Rendering.Site;

/// <summary>
/// A page's &lt;title&gt;: a browser shows it in tabs, history and bookmarks, where a raw control character (from
/// --title or a data name) is garbage or worse; each becomes U+FFFD, as NUL bytes in names show everywhere else.
/// </summary>
public static class TitleText
{
    public static string Of(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? '\uFFFD' : c)) : text;
}
