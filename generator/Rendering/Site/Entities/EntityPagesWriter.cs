using System.Text;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Site.Entities;

/// <summary>
/// Writes influencers/SLUG.html, campaigns/SLUG.html and brands/SLUG.html for every entity (SPEC 3, "Entity pages"),
/// one compiled template per kind. Pages are independent files, so they are rendered on every core: each page's
/// bytes depend only on its entity, never on which thread made it or when, so the output is the same every run.
/// </summary>
public static class EntityPagesWriter
{
    public const string InfluencerTemplate = "entity-influencer.sbn";
    public const string CampaignTemplate = "entity-campaign.sbn";
    public const string BrandTemplate = "entity-brand.sbn";

    /// <summary>Writes every entity page; returns how many files.</summary>
    public static int Write(string siteRoot, ReportModel model, IReadOnlyDictionary<PlatformReport, string> viewSlugs, EntitySlugs slugs, SiteOptions options, TemplateSet templates)
    {
        var builder = new EntityPageBuilder(model, new EntityLinks(slugs, EntityLinks.PlatformSlugs(model, viewSlugs)), options.Title);
        foreach (var folder in new[] { EntitySlugs.InfluencerFolder, EntitySlugs.CampaignFolder, EntitySlugs.BrandFolder })
        {
            Directory.CreateDirectory(Path.Combine(siteRoot, folder));
        }

        var entities = model.Entities;
        var utf8 = new UTF8Encoding(false);
        void Page(string? path, string template, object page) =>
            File.WriteAllText(Path.Combine(siteRoot, path ?? throw new InvalidOperationException("an entity without a slug")), templates.RenderHtml(template, page), utf8);

        Parallel.ForEach(entities.Influencers, d => Page(slugs.InfluencerPage(d.Summary.InfluencerId), InfluencerTemplate, builder.Influencer(d)));
        Parallel.ForEach(entities.Campaigns, d => Page(slugs.CampaignPage(d.Summary.Campaign), CampaignTemplate, builder.Campaign(d)));
        Parallel.ForEach(entities.Brands, d => Page(slugs.BrandPage(d.Summary.Brand), BrandTemplate, builder.Brand(d)));
        return entities.Influencers.Count + entities.Campaigns.Count + entities.Brands.Count;
    }
}
