using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Site.Entities;

/// <summary>
/// Links between pages, as an entity page (one folder down) writes them: other entity pages by <see cref="EntitySlugs"/>,
/// the report at the view the entity belongs to (its platform's All-time view; report.js swaps in the view the reader
/// came from when the page was opened from the report, see docs/SITE.md "Entity pages").
/// </summary>
public sealed class EntityLinks(EntitySlugs slugs, IReadOnlyDictionary<string, string> platformSlugs)
{
    public const string Root = "../";

    public EntitySlugs Slugs => slugs;

    public string? Influencer(string id) => Relative(slugs.InfluencerPage(id));

    public string? Campaign(string name) => Relative(slugs.CampaignPage(name));

    public string? Brand(string name) => Relative(slugs.BrandPage(name));

    /// <summary>"../index.html#view=instagram&amp;period=all"; All platforms for null or an unknown platform.</summary>
    public string Report(string? platform) =>
        $"{Root}{SiteWriter.IndexFile}#view={(platform is not null && platformSlugs.TryGetValue(platform, out var slug) ? slug : ViewSlugs.All)}&period={Metrics.Periods.ReportPeriod.AllTimeSlug}";

    /// <summary>
    /// A post's URL as a cell: a link out only when it is an absolute http or https URL, else its text. The text must
    /// start with the scheme and hold no whitespace or control character: browsers drop tabs and newlines from a URL
    /// ("java&#9;script:" is "javascript:"), so only text that reads as http(s) to every parser becomes a link.
    /// </summary>
    public static EntityCell Url(string url) => IsWebUrl(url) ? new EntityCell(url, url, External: true) : new EntityCell(url);

    public static bool IsWebUrl(string url) =>
        (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    private static string? Relative(string? page) => page is null ? null : Root + page;

    /// <summary>The platform slugs of the All-time views, by platform name.</summary>
    public static IReadOnlyDictionary<string, string> PlatformSlugs(ReportModel model, IReadOnlyDictionary<PlatformReport, string> viewSlugs) =>
        model.Platforms.ToDictionary(p => p.Name, p => viewSlugs[p], StringComparer.Ordinal);
}
