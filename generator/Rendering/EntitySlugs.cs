using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering;

/// <summary>
/// The file of every entity page (SPEC 3, "Entity pages"): influencers/SLUG.html by influencer id, campaigns/SLUG.html
/// and brands/SLUG.html by name, with the slug rules of views (<see cref="SlugAllocator"/>). Keys are handed out in
/// ordinal order, so a slug depends only on the set of keys, never on file order: the same data gives the same files.
/// </summary>
/// <param name="Influencers">Slug by influencer id (ordinal).</param>
/// <param name="Campaigns">Slug by campaign name (ordinal).</param>
/// <param name="Brands">Slug by brand name (ordinal).</param>
public sealed record EntitySlugs(
    IReadOnlyDictionary<string, string> Influencers,
    IReadOnlyDictionary<string, string> Campaigns,
    IReadOnlyDictionary<string, string> Brands)
{
    public const string InfluencerFolder = "influencers";
    public const string CampaignFolder = "campaigns";
    public const string BrandFolder = "brands";

    /// <summary>Every influencer of the roster, every campaign and every brand of the All-time All view.</summary>
    public static EntitySlugs For(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new EntitySlugs(
            Assign(model.All.Influencers.Select(i => i.InfluencerId), "influencer"),
            Assign(model.All.Campaigns.Select(c => c.Campaign), "campaign"),
            Assign(model.All.Brands.Select(b => b.Brand), "brand"));
    }

    /// <summary>Slugs for the given keys, one each (duplicates share one), handed out in ordinal order of the keys.</summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> keys, string emptyStem)
    {
        var allocator = new SlugAllocator();
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            slugs[key] = allocator.Take(key, emptyStem);
        }

        return slugs;
    }

    /// <summary>The site-relative path of an influencer's page, or null when the id has none.</summary>
    public string? InfluencerPage(string influencerId) => Page(InfluencerFolder, Influencers, influencerId);

    /// <summary>The site-relative path of a campaign's page, or null when it has none.</summary>
    public string? CampaignPage(string campaign) => Page(CampaignFolder, Campaigns, campaign);

    /// <summary>The site-relative path of a brand's page, or null when it has none.</summary>
    public string? BrandPage(string brand) => Page(BrandFolder, Brands, brand);

    private static string? Page(string folder, IReadOnlyDictionary<string, string> slugs, string key) =>
        slugs.TryGetValue(key, out var slug) ? $"{folder}/{slug}.html" : null;
}
