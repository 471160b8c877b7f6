namespace RoiReportGen.Rendering.Site;

/// <summary>
/// Markup that templates write as it is. Only two things are ever trusted: HTML rendered from our
/// own templates (partials, Markdown rendered with raw HTML disabled) and nothing built from data
/// strings by concatenation. Every other value is HTML-escaped on output.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
