using System.Text.Json;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Charts;

namespace RoiReportGen.Tests.Site.Entities;

/// <summary>
/// Issue 14 item 2 on the shipped data: every influencer, campaign and brand name in a table, an insight or a chart
/// points at the page EntitySlugs gives it (the pages themselves are another engineer's; these check the paths).
/// </summary>
[Collection(ShippedSiteGroup.Name)]
public sealed class EntityLinkTests(ShippedFullSite site)
{
    private static JsonElement Json(AngleSharp.Dom.IElement script) => JsonDocument.Parse(script.TextContent).RootElement;

    private static int Column(JsonElement table, string key) =>
        table.GetProperty("columns").EnumerateArray().Select((c, i) => (c, i)).Single(x => x.c.GetProperty("key").GetString() == key).i;

    private static (int Cell, string Folder) Link(JsonElement table, string key)
    {
        var link = table.GetProperty("columns")[Column(table, key)].GetProperty("link");
        return (link.GetProperty("cell").GetInt32(), link.GetProperty("folder").GetString()!);
    }

    // Every table of one kind in every view (index.html and views/*.js), with rows of its own.
    private List<JsonElement> Tables(string name) =>
        [.. site.Document.QuerySelectorAll($"script[id$='--tbl-{name}']").Select(Json).Where(t => t.TryGetProperty("rows", out _))];

    [Fact]
    public void Every_influencer_row_of_every_view_carries_the_slug_of_its_page_by_id()
    {
        var tables = Tables("influencers");
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var (cell, folder) = Link(table, "name");
            Assert.Equal(EntitySlugs.InfluencerFolder, folder);
            // The slug follows the shown cells, so sorting and searching (which read only those) are unchanged.
            Assert.Equal(table.GetProperty("columns").GetArrayLength(), cell);
            var id = Column(table, "id");
            foreach (var row in table.GetProperty("rows").EnumerateArray())
            {
                Assert.Equal(site.Pages.Influencers[row[id].GetString()!], row[cell].GetString());
            }
        }

        // All 60 shipped influencers are rows of the All × All-time table.
        var all = Json(site.Document.GetElementById("view-all--tbl-influencers")!);
        Assert.Equal(60, all.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public void A_platform_table_that_borrows_its_rows_links_through_the_same_cell_as_its_source()
    {
        var source = Json(site.Document.GetElementById("view-all--tbl-influencers")!);
        var borrowed = Json(site.Document.GetElementById("view-instagram--tbl-influencers")!);
        Assert.Equal("view-all--tbl-influencers", borrowed.GetProperty("rowsFrom").GetString());
        Assert.Equal(Link(source, "name"), Link(borrowed, "name"));
    }

    [Fact]
    public void Campaign_rows_link_the_campaign_and_its_brand_and_brand_rows_the_brand()
    {
        foreach (var table in Tables("campaigns"))
        {
            var (campaignCell, campaignFolder) = Link(table, "campaign");
            var (brandCell, brandFolder) = Link(table, "brand");
            Assert.Equal((EntitySlugs.CampaignFolder, EntitySlugs.BrandFolder), (campaignFolder, brandFolder));
            foreach (var row in table.GetProperty("rows").EnumerateArray())
            {
                Assert.Equal(site.Pages.Campaigns[row[Column(table, "campaign")].GetString()!], row[campaignCell].GetString());
                // A campaign without a brand (blank in the data) has no brand page: null, shown as plain "—".
                var brand = row[Column(table, "brand")].GetString() ?? string.Empty;
                Assert.Equal(site.Pages.Brands.GetValueOrDefault(brand), row[brandCell].GetString());
            }
        }

        foreach (var table in Tables("brands"))
        {
            var (cell, folder) = Link(table, "brand");
            Assert.Equal(EntitySlugs.BrandFolder, folder);
            foreach (var row in table.GetProperty("rows").EnumerateArray())
            {
                Assert.Equal(site.Pages.Brands[row[Column(table, "brand")].GetString()!], row[cell].GetString());
            }
        }

        // Tables without entity names link nothing.
        Assert.All(Tables("personas").Concat(Tables("issues")), t =>
            Assert.All(t.GetProperty("columns").EnumerateArray(), c => Assert.False(c.TryGetProperty("link", out _))));
    }

    [Fact]
    public void Every_link_in_the_insights_opens_the_page_of_the_entity_it_names()
    {
        var links = site.Document.QuerySelectorAll("section[id$='--insights'] a").ToList();
        Assert.NotEmpty(links);
        foreach (var a in links)
        {
            var href = a.GetAttribute("href")!;
            var name = a.TextContent;
            // The name is an influencer (by id: the page of one of the influencers of that name) or a campaign.
            var pages = site.Model.All.Influencers.Where(i => i.Name == name).Select(i => site.Pages.InfluencerPage(i.InfluencerId))
                .Append(site.Pages.CampaignPage(name));
            Assert.Contains(href, pages);
        }

        // The All view's best-ROAS sentence links its influencer: Simran Joshi (INF058), ROAS 31,836 / 2,000 = 15.92.
        var best = site.Document.QuerySelector("#view-all--insights li")!;
        Assert.StartsWith("Best return: Simran Joshi has the highest ROAS, 15.92", best.TextContent, StringComparison.Ordinal);
        Assert.Equal("influencers/inf058.html", best.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Bars_of_influencers_campaigns_and_brands_carry_their_page_after_the_hover_text()
    {
        string? PageOf(string figureId, int rank)
        {
            var figure = JsonDocument.Parse(site.Document.GetElementById(figureId)!.TextContent).RootElement;
            foreach (var trace in figure.GetProperty("data").EnumerateArray())
            {
                Assert.Equal("%{customdata[0]}<extra></extra>", trace.GetProperty("hovertemplate").GetString());
                var y = trace.GetProperty("y").EnumerateArray().Select(v => v.GetInt32()).ToList();
                var at = y.IndexOf(rank);
                if (at >= 0)
                {
                    return trace.GetProperty("customdata")[at][1].GetString();
                }
            }

            return null;
        }

        var top = TopRoasChart.Select(site.Model.All.Influencers);
        Assert.All(top.Select((i, rank) => (i, rank)), x =>
            Assert.Equal(site.Pages.InfluencerPage(x.i.InfluencerId), PageOf("view-all--fig-top-roas", x.rank)));
        Assert.Equal("influencers/inf058.html", PageOf("view-all--fig-top-roas", 0));

        var brands = site.Model.All.Brands.Where(b => b.Payout > 0 && b.Roas is not null)
            .OrderByDescending(b => b.Roas).ThenBy(b => b.Brand, StringComparer.Ordinal).ToList();
        Assert.All(brands.Select((b, rank) => (b, rank)), x =>
            Assert.Equal(site.Pages.BrandPage(x.b.Brand), PageOf("view-all--fig-brand-roas", x.rank)));

        // Campaign bars: each bar's hover names the campaign whose page it carries.
        var campaigns = JsonDocument.Parse(site.Document.GetElementById("view-all--fig-campaign-roas")!.TextContent).RootElement;
        var points = campaigns.GetProperty("data")[0].GetProperty("customdata").EnumerateArray().ToList();
        Assert.NotEmpty(points);
        Assert.All(points, p =>
        {
            var name = site.Model.All.Campaigns.Single(c => p[0].GetString()!.StartsWith($"<b>{ChartText.Escape(c.Campaign)}</b>", StringComparison.Ordinal)).Campaign;
            Assert.Equal(site.Pages.CampaignPage(name), p[1].GetString());
        });
    }
}
