using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using RoiReportGen.Rendering;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site.Entities;

/// <summary>
/// Issue 14 item 2, the remaining names: the charts' "Chart data" tables, the counterfactual pictures' captions and
/// the campaign windows' labels link to the entity pages, and every link to an entity page, on the report and on
/// every entity page, finds its file.
/// </summary>
[Collection(ShippedSiteGroup.Name)]
public sealed class ChartLinkTests(ShippedFullSite site)
{
    // The page a name in a chart's table or caption should open: influencer names may repeat, so any of that name's.
    private IEnumerable<string?> PagesNamed(string name) =>
        site.Model.All.Influencers.Where(i => i.Name == name).Select(i => site.Pages.InfluencerPage(i.InfluencerId))
            .Append(site.Pages.CampaignPage(name))
            .Append(site.Pages.BrandPage(name));

    [Fact]
    public void Names_in_the_chart_data_tables_link_to_their_pages()
    {
        var links = site.Document.QuerySelectorAll("details.chart-data a").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.Contains(a.GetAttribute("href"), PagesNamed(a.TextContent)));

        // The All view's top-ROAS table: all 15 influencers link, the first Simran Joshi (INF058, ROAS 15.92).
        var top = site.Document.QuerySelectorAll("#view-all--chart-top-roas ~ details.chart-data tbody tr").ToList();
        Assert.Equal(15, top.Count);
        Assert.All(top, row => Assert.NotNull(row.Children[1].QuerySelector("a")));
        var first = top[0].Children[1].QuerySelector("a")!;
        Assert.Equal(("Simran Joshi", "influencers/inf058.html"), (first.TextContent, first.GetAttribute("href")));

        // Every campaign of the All view's campaign table links (column 1), and its brand (column 2) when it has one page.
        var campaigns = site.Document.QuerySelectorAll("#view-all--chart-campaign-roas ~ details.chart-data tbody tr").ToList();
        Assert.Equal(site.Model.All.Campaigns.Count, campaigns.Count);
        Assert.All(campaigns, row => Assert.Equal(
            site.Pages.CampaignPage(row.Children[0].TextContent), row.Children[0].QuerySelector("a")?.GetAttribute("href")));
        Assert.All(campaigns, row => Assert.Equal(
            site.Pages.BrandPage(row.Children[1].TextContent), row.Children[1].QuerySelector("a")?.GetAttribute("href")));

        // Numbers and other text stay plain: the trend and persona tables link nothing.
        Assert.Empty(site.Document.QuerySelectorAll("[id$='--chart-trend'] ~ details.chart-data a, [id$='--chart-persona-roas'] ~ details.chart-data a"));
    }

    [Fact]
    public void The_counterfactual_pictures_link_their_campaigns_in_caption_and_table()
    {
        var captions = site.Document.QuerySelectorAll("figure.cf-panel figcaption").ToList();
        Assert.NotEmpty(captions);
        foreach (var caption in captions)
        {
            var links = caption.QuerySelectorAll("a").ToList();
            Assert.NotEmpty(links);
            Assert.All(links, a => Assert.Equal(site.Pages.CampaignPage(a.TextContent), a.GetAttribute("href")));
        }

        var cells = site.Document.QuerySelectorAll("figure.cf-panel details.chart-data tbody tr td:first-child").ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, td => Assert.Equal(site.Pages.CampaignPage(td.TextContent), td.QuerySelector("a")?.GetAttribute("href")));
    }

    [Fact]
    public void Campaign_window_labels_of_the_trend_chart_take_clicks_and_carry_their_campaign_page()
    {
        var figure = JsonDocument.Parse(site.Document.GetElementById("view-all--fig-trend")!.TextContent).RootElement;
        var labels = figure.GetProperty("layout").GetProperty("annotations").EnumerateArray().ToList();
        Assert.NotEmpty(labels);
        Assert.All(labels, label =>
        {
            Assert.True(label.GetProperty("captureevents").GetBoolean());
            Assert.Equal(site.Pages.CampaignPage(WebUtility.HtmlDecode(label.GetProperty("hovertext").GetString()!)), label.GetProperty("name").GetString());
        });
    }

    [Fact]
    public void Every_link_to_an_entity_page_on_the_report_and_on_every_page_finds_its_file()
    {
        var checkedLinks = 0;
        void Check(string fromFolder, string href)
        {
            var path = Path.GetFullPath(Path.Combine(site.Root, fromFolder, href.Split('#')[0]));
            Assert.True(File.Exists(path), $"{href} (from {fromFolder}/) is linked but missing");
            checkedLinks++;
        }

        // The report: anchors, chart bars (customdata [hover, page]) and window labels (name), in every view.
        foreach (var href in site.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(EntityPageLinks.IsPage))
        {
            Check("", href);
        }

        foreach (var script in site.Document.QuerySelectorAll("script[type='application/json'][id*='--fig-']"))
        {
            var figure = JsonDocument.Parse(script.TextContent).RootElement;
            foreach (var trace in figure.GetProperty("data").EnumerateArray().Where(t => t.TryGetProperty("customdata", out _)))
            {
                foreach (var point in trace.GetProperty("customdata").EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Array && p.GetArrayLength() > 1 && p[1].ValueKind == JsonValueKind.String && EntityPageLinks.IsPage(p[1].GetString()!)))
                {
                    Check("", point[1].GetString()!);
                }
            }

            if (figure.GetProperty("layout").TryGetProperty("annotations", out var annotations))
            {
                foreach (var name in annotations.EnumerateArray().Where(a => a.TryGetProperty("name", out _)))
                {
                    Check("", name.GetProperty("name").GetString()!);
                }
            }
        }

        // Every entity page: its links to other pages are relative to its folder ("../campaigns/x.html").
        var parser = new HtmlParser();
        foreach (var folder in new[] { EntitySlugs.InfluencerFolder, EntitySlugs.CampaignFolder, EntitySlugs.BrandFolder })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(site.Root, folder), "*.html"))
            {
                var page = parser.ParseDocument(File.ReadAllText(file));
                foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("../", StringComparison.Ordinal)))
                {
                    Check(folder, href);
                }
            }
        }

        // 71 pages on the shipped data, each with a few links at least.
        Assert.InRange(checkedLinks, 500, int.MaxValue);
    }
}
