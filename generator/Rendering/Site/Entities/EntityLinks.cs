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
    /// A post's URL as a cell: a link out only when it is an https URL of a known post host (<see cref="PostHosts"/>, or
    /// a subdomain such as www. or m.), with no user name or password, no port, and no whitespace, control, bidi or
    /// other invisible formatting character anywhere (browsers drop tabs and newlines from a URL, and a right-to-left
    /// override makes ".../gpj.exe" read ".../exe.jpg"). Anything else is shown as its text, never a link.
    /// </summary>
    public static EntityCell Url(string url) => IsWebUrl(url) ? new EntityCell(url, url, External: true) : new EntityCell(url);

    /// <summary>The hosts whose https post URLs become links: the platforms' own.</summary>
    public static IReadOnlyList<string> PostHosts { get; } = ["instagram.com", "youtube.com", "youtu.be", "x.com", "twitter.com"];

    public static bool IsWebUrl(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.UserInfo.Length == 0
        && uri.IsDefaultPort
        && !url.Contains('\\', StringComparison.Ordinal)
        && IsPostHost(uri.IdnHost);

    private static bool IsPostHost(string host) =>
        PostHosts.Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));

    private static string? Relative(string? page) => page is null ? null : Root + page;

    /// <summary>The platform slugs of the All-time views, by platform name.</summary>
    public static IReadOnlyDictionary<string, string> PlatformSlugs(ReportModel model, IReadOnlyDictionary<PlatformReport, string> viewSlugs) =>
        model.Platforms.ToDictionary(p => p.Name, p => viewSlugs[p], StringComparer.Ordinal);
}
