using System.Text;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// The header search's index (SPEC 3, "Search"): assets/search-index.js, one call handing report.js every influencer
/// (name, id, platform), campaign (name, brand) and brand with its page. A script file, not data read with fetch,
/// for the reasons of <see cref="ViewScript"/>: it loads from file:// under the page's CSP. Strings only, one entity
/// per line (a data commit's diff shows which changed); the keys search compares (case and accents folded,
/// Devanagari without vowel signs) are computed by report.js when the index arrives, with the same code that folds
/// what the reader types, so the file carries no second copy of each name.
/// </summary>
public static class SearchIndex
{
    /// <summary>The index's file, site-relative.</summary>
    public const string RelativePath = SiteAssets.Folder + "/search-index.js";

    /// <summary>The global function report.js defines for the index to call.</summary>
    public const string RegisterFunction = "roiReportSearch";

    /// <summary>Writes the index into the site; returns how many files (1).</summary>
    public static int Write(string siteRoot, ReportModel model, EntitySlugs pages)
    {
        var path = Path.Combine(siteRoot, SiteAssets.Folder, "search-index.js");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Content(model, pages), new UTF8Encoding(false));
        return 1;
    }

    /// <summary>
    /// The file's text:
    /// <c>roiReportSearch({"platforms":[…],"influencers":[[name,id,platform index(,slug)]…],"campaigns":[[name,slug,brand]…],"brands":[[name,slug]…]});</c>.
    /// An influencer's slug is left out when it is its id in lower case (the usual case), which report.js assumes then.
    /// </summary>
    public static string Content(ReportModel model, EntitySlugs pages)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(pages);
        var platforms = model.Platforms.Select(p => p.Name).ToList();
        var text = new StringBuilder();
        text.Append(RegisterFunction).Append("({\"platforms\":[")
            .AppendJoin(',', platforms.Select(ViewScript.Literal))
            .Append("],\n\"influencers\":[");
        Rows(text, ByName(model.All.Influencers, i => i.Name, i => i.InfluencerId)
            .Where(i => pages.Influencers.ContainsKey(i.InfluencerId))
            .Select(i =>
            {
                var slug = pages.Influencers[i.InfluencerId];
                var row = $"{ViewScript.Literal(i.Name)},{ViewScript.Literal(i.InfluencerId)},{platforms.IndexOf(i.Platform)}";
                return IsLowerCaseOf(slug, i.InfluencerId) ? row : $"{row},{ViewScript.Literal(slug)}";
            }));
        text.Append("],\n\"campaigns\":[");
        Rows(text, ByName(model.All.Campaigns, c => c.Campaign, c => c.Campaign)
            .Where(c => pages.Campaigns.ContainsKey(c.Campaign))
            .Select(c => $"{ViewScript.Literal(c.Campaign)},{ViewScript.Literal(pages.Campaigns[c.Campaign])},{ViewScript.Literal(c.Brand)}"));
        text.Append("],\n\"brands\":[");
        Rows(text, ByName(model.All.Brands, b => b.Brand, b => b.Brand)
            .Where(b => pages.Brands.ContainsKey(b.Brand))
            .Select(b => $"{ViewScript.Literal(b.Brand)},{ViewScript.Literal(pages.Brands[b.Brand])}"));
        return text.Append("]});\n").ToString();
    }

    // Results list in this order within a rank, so the file is sorted the way a reader scans: by name, then id.
    private static IEnumerable<T> ByName<T>(IEnumerable<T> items, Func<T, string> name, Func<T, string> key) =>
        items.OrderBy(name, StringComparer.OrdinalIgnoreCase).ThenBy(name, StringComparer.Ordinal).ThenBy(key, StringComparer.Ordinal);

    private static void Rows(StringBuilder text, IEnumerable<string> rows)
    {
        var first = true;
        foreach (var row in rows)
        {
            text.Append(first ? "\n[" : ",\n[").Append(row).Append(']');
            first = false;
        }
    }

    // report.js rebuilds such a slug with id.toLowerCase(); only ASCII ids lower-case the same in both.
    private static bool IsLowerCaseOf(string slug, string id) =>
        id.All(char.IsAscii) && string.Equals(slug, id.ToLowerInvariant(), StringComparison.Ordinal);
}
