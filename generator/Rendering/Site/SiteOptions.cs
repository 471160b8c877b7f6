namespace RoiReportGen.Rendering.Site;

/// <summary>Choices that change how the site looks, not its numbers.</summary>
/// <param name="Title">The report title (`--title`).</param>
/// <param name="Zip">Also write report.zip of the whole site (`--zip`).</param>
/// <param name="PdfBrowser">The Chromium to print report.pdf with (`--pdf`), or null for no PDF.</param>
public sealed record SiteOptions(string Title = SiteOptions.DefaultTitle, bool Zip = false, string? PdfBrowser = null)
{
    public const string DefaultTitle = "Influencer marketing ROI report";

    public static SiteOptions Default { get; } = new();
}
