using System.Text.Json;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

/// <summary>
/// tests/Fixtures/hostile puts markup, script, template syntax, Markdown links and formulas in every
/// text column. The page must show them as text: no element, attribute, id or path comes from data.
/// </summary>
[Collection(HostileSiteGroup.Name)]
public sealed class HostileInputTests
{
    private readonly BuiltSite site;

    public HostileInputTests(HostileSite fixture)
    {
        site = fixture.Built;
    }

    [Fact]
    public void The_only_scripts_are_the_pages_own_and_json_data_blocks()
    {
        var scripts = site.Document.QuerySelectorAll("script").ToList();
        Assert.Equal(["assets/plotly.min.js", "assets/report.js"], scripts.Where(s => s.HasAttribute("src")).Select(s => s.GetAttribute("src")));
        Assert.All(scripts.Where(s => !s.HasAttribute("src")), s => Assert.Equal("application/json", s.GetAttribute("type")));
    }

    [Fact]
    public void No_element_or_attribute_is_injected()
    {
        // The only SVG is the KPI cards' own sparkline (templates/sections/kpis.sbn), when the data spans two months.
        Assert.Empty(site.Document.QuerySelectorAll("img, svg:not(.kpi-spark), iframe, object, embed"));
        Assert.All(site.Document.QuerySelectorAll("svg.kpi-spark *"), e => Assert.True(e.LocalName is "title" or "path" or "circle", e.LocalName));
        Assert.DoesNotContain(site.Document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Empty(site.Document.QuerySelectorAll("a[href^='javascript'], a[href^='data']"));
        // <b> and <i> appear only where the templates and Markdown put them, never from a name.
        Assert.DoesNotContain(site.Document.QuerySelectorAll("b, i"), e => e.TextContent is "Insta" or "Brand");
    }

    [Fact]
    public void Hostile_names_show_as_literal_text_in_tabs_and_headings()
    {
        var tabs = site.Document.QuerySelectorAll("[role=tab]").Select(t => t.TextContent).ToList();
        Assert.Contains("<b>Insta</b>", tabs);
        Assert.Contains(site.Document.QuerySelectorAll(".view-heading"), h => h.TextContent == "<b>Insta</b>");
    }

    [Fact]
    public void Ids_and_download_paths_come_from_slugs_never_from_names()
    {
        var ids = site.Document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
        Assert.All(ids, id => Assert.Matches(SitePatterns.Id, id!));
        var hrefs = site.Document.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(hrefs, h => Assert.Matches(SitePatterns.Download, h));
        // The fixture's rows are dated Jan-Mar 2025: its month views link their own folders too.
        Assert.Contains("downloads/all/2025-03/influencer_summary.csv", hrefs);
        Assert.All(hrefs, h => Assert.True(File.Exists(Path.Combine(site.Root, h)), h));
    }

    [Fact]
    public void Template_syntax_in_data_is_not_evaluated()
    {
        Assert.Contains("{{ 7*7 }}", site.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(">49<", site.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Insights_keep_markdown_in_names_as_text()
    {
        var insights = site.Document.QuerySelectorAll(".insights").ToList();
        Assert.NotEmpty(insights);
        Assert.All(insights, i => Assert.Empty(i.QuerySelectorAll("img, script")));
        // The only links are the names' own, to their entity pages (issue 14), with the name as their text.
        var links = insights.SelectMany(i => i.QuerySelectorAll("a")).ToList();
        Assert.All(links, a => Assert.Matches(EntityPageLinks.Pattern, a.GetAttribute("href")));
        Assert.Contains(links, a => a.TextContent == "<script>alert(1)</script>");
        Assert.Contains(insights, i => i.TextContent.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_blocks_hold_the_names_escaped_and_parse_back_to_them()
    {
        var blocks = site.Document.QuerySelectorAll("script[type='application/json']").ToList();
        Assert.NotEmpty(blocks);
        Assert.All(blocks, b =>
        {
            Assert.DoesNotContain("<", b.InnerHtml, StringComparison.Ordinal);
            using var _ = JsonDocument.Parse(b.TextContent);
        });
        var table = site.Document.GetElementById("view-all--tbl-influencers")!.TextContent;
        using var parsed = JsonDocument.Parse(table);
        var names = parsed.RootElement.GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()).ToList();
        Assert.Contains("<script>alert(1)</script>", names);
        Assert.Contains("\"><img src=x onerror=alert(1)>", names);
    }

    [Fact]
    public void Downloads_escape_formulas_in_text_cells()
    {
        var csv = CsvDownload.Read(Path.Combine(site.Root, "downloads", "influencer_summary.csv"));
        Assert.Equal("'=cmd|' /C calc'!A0", csv.Row("influencer_id", "I1")["category"]);
        var brands = CsvDownload.Read(Path.Combine(site.Root, "downloads", "brand_summary.csv"));
        Assert.Contains(brands.Rows, r => r["brand"] == "'@SUM(A1)");
    }

    [Fact]
    public void Recommendations_follow_insights_in_every_view_with_hostile_names_as_text()
    {
        var views = site.Document.QuerySelectorAll(".view").ToList();
        Assert.NotEmpty(views);
        Assert.All(views, v =>
        {
            var sections = v.QuerySelectorAll("section.report-section").Select(s => s.Id!).ToList();
            var insights = sections.FindIndex(id => id.EndsWith("--insights", StringComparison.Ordinal));
            Assert.EndsWith("--recommendations", sections[insights + 1], StringComparison.Ordinal);
            Assert.Contains(v.QuerySelectorAll(".section-nav a"), a => a.TextContent == "Recommendations");
            Assert.Contains(v.QuerySelectorAll(".downloads a"), a => a.TextContent == "recommendations.csv");
        });

        // The table's JSON parses back to the names as they are; no element comes from them.
        using var table = JsonDocument.Parse(site.Document.GetElementById("view-all--tbl-recommendations")!.TextContent);
        var names = table.RootElement.GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()).ToList();
        Assert.Contains("<script>alert(1)</script>", names);
        Assert.Contains("\"><img src=x onerror=alert(1)>", names);
        Assert.Empty(site.Document.QuerySelectorAll("[id$='--recommendations'] img, [id$='--recommendations'] script:not([type='application/json'])"));

        var csv = CsvDownload.Read(Path.Combine(site.Root, "downloads", "recommendations.csv"));
        Assert.Contains(csv.Rows, r => r["name"] == "<script>alert(1)</script>");
    }

    [Fact]
    public void The_influencer_page_shows_its_recommendation_as_text()
    {
        var page = File.ReadAllText(Path.Combine(site.Root, "influencers", "i1.html"));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var line = document.QuerySelector("p.recommendation")!;
        var action = line.QuerySelector("strong")!.TextContent;
        Assert.Contains(action, RoiReportGen.Metrics.Recommendations.RecommendationActions.All);
        Assert.Equal(action, CsvDownload.Read(Path.Combine(site.Root, "downloads", "recommendations.csv")).Row("influencer_id", "I1")["action"]);
        Assert.Empty(document.QuerySelectorAll("h1 img, h1 script, p.recommendation *:not(strong):not(span)"));
    }
}
