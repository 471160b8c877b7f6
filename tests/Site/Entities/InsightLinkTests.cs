using AngleSharp.Html.Parser;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Tests.Site.Entities;

/// <summary>Names in insight sentences become links to their pages, and stay text whatever they contain.</summary>
public sealed class InsightLinkTests
{
    private static readonly ReportInsights None = new(null, [], null, null, null, [], null, [], null, null, null, [], []);

    private static readonly EntitySlugs Pages = new(
        new Dictionary<string, string> { ["I1"] = "i1" },
        new Dictionary<string, string> { ["[Sale](javascript:alert(1))"] = "sale-javascript-alert-1-" },
        new Dictionary<string, string>());

    // The one bullet of the insight the test sets (without a ranked influencer, a bullet says there is nothing to rank).
    private static AngleSharp.Dom.IElement Bullet(ReportInsights insights, EntitySlugs? pages) =>
        Assert.Single(
            new HtmlParser()
                .ParseDocument(MarkdownRenderer.ToHtml(TemplateSet.Default.RenderMarkdown("insights.md.sbn", InsightsText.From(insights, pages))).Html)
                .QuerySelectorAll("li"),
            li => !li.TextContent.StartsWith("No influencer has both", StringComparison.Ordinal));

    [Fact]
    public void An_influencers_name_links_to_its_page_by_id_and_stays_text()
    {
        const string name = "**Asha** <b>Rao</b> & [x](y)";
        var li = Bullet(None with { TopRevenue = new InfluencerFigure("I1", name, 2m, 1_000m, 500m, null) }, Pages);

        var a = Assert.Single(li.QuerySelectorAll("a"));
        Assert.Equal("influencers/i1.html", a.GetAttribute("href"));
        Assert.Equal(name, a.TextContent);
        Assert.Empty(li.QuerySelectorAll("b, strong a, a a"));
        Assert.Equal($"Top revenue: {name} brought in ₹1,000 at a ROAS of 2.00.", li.TextContent);
    }

    [Fact]
    public void A_campaign_whose_name_is_a_markdown_link_opens_its_page_only()
    {
        const string name = "[Sale](javascript:alert(1))";
        var li = Bullet(None with { CampaignsBelowOne = [new CampaignFigure(name, 0.5m, 2_000m, 1_000m)] }, Pages);

        var a = Assert.Single(li.QuerySelectorAll("a"));
        Assert.Equal("campaigns/sale-javascript-alert-1-.html", a.GetAttribute("href"));
        Assert.Equal(name, a.TextContent);
    }

    [Fact]
    public void Without_pages_or_without_a_page_for_the_id_the_name_is_plain_text()
    {
        var insights = None with { TopRevenue = new InfluencerFigure("I9", "Ben", 2m, 1_000m, 500m, null) };
        Assert.Empty(Bullet(insights, Pages).QuerySelectorAll("a"));
        Assert.Empty(Bullet(insights, null).QuerySelectorAll("a"));
        Assert.Equal("Top revenue: Ben brought in ₹1,000 at a ROAS of 2.00.", Bullet(insights, Pages).TextContent);
    }
}
