using System.Text.RegularExpressions;

namespace RoiReportGen.Tests.Support;

/// <summary>
/// Links to entity pages (influencers/SLUG.html, campaigns/SLUG.html, brands/SLUG.html; issue 14). The links and the
/// pages were built on two branches at once: a link resolves when its file exists, or, on a build that wrote no page of
/// that kind (no such folder: the branch without the pages), when it is a well-formed page path. Once the pages are
/// written, every link must find its file.
/// </summary>
internal static partial class EntityPageLinks
{
    public const string Pattern = "^(influencers|campaigns|brands)/[a-z0-9-]+\\.html$";

    public static bool IsPage(string href) => PagePath().IsMatch(href);

    /// <summary>Whether a site-relative reference resolves in the site at <paramref name="siteRoot"/>.</summary>
    public static bool Resolves(string siteRoot, string href)
    {
        if (File.Exists(Path.Combine(siteRoot, href)))
        {
            return true;
        }

        return IsPage(href) && !Directory.Exists(Path.Combine(siteRoot, href[..href.IndexOf('/', StringComparison.Ordinal)]));
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex PagePath();
}
