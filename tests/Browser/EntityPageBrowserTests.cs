using System.Text.Json;
using RoiReportGen.Tests.Support;
using Xunit.Abstractions;

namespace RoiReportGen.Tests.Browser;

/// <summary>
/// The entity pages of the shipped data from file://: each kind opens with its charts drawn, no console error, no
/// request outside file:, no CSP violation, and axe finds nothing serious or critical (light and dark); the way back
/// to the report lands on the view the reader came from.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class EntityPageBrowserTests(ShippedReport report, ITestOutputHelper output)
{
    private static readonly string AxePath = Path.Combine(RepoPaths.Root, "tests", "Browser", "js", "node_modules", "axe-core", "axe.min.js");

    // One page of each kind on the shipped data: an Instagram influencer, a campaign, a brand.
    public static TheoryData<string> Pages => new() { "influencers/inf009.html", "campaigns/summerfit.html", "brands/muscleblaze.html" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_opens_from_file_with_no_error_request_or_csp_violation(string path)
    {
        await using var page = await ReportPage.OpenEntityAsync(report.Session, report.Root, path);
        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
        Assert.Empty(await page.CspViolationsAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.Page.TextContentAsync("h1.entity-name")));
        await page.ScreenshotAsync("entity-" + Path.GetFileNameWithoutExtension(path), fullPage: true);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_or_critical_violations_light_and_dark(string path)
    {
        Assert.True(File.Exists(AxePath), "axe-core is missing: run `npm ci` in tests/Browser/js.");
        var axe = await File.ReadAllTextAsync(AxePath);
        await using var page = await ReportPage.OpenEntityAsync(report.Session, report.Root, path);
        await page.Page.EvaluateAsync(axe);
        var failures = new List<string>();
        foreach (var theme in new[] { "light", "dark" })
        {
            if (theme == "dark")
            {
                await page.Page.ClickAsync(".theme-toggle");
            }

            var json = await page.Page.EvaluateAsync<JsonElement>(
                "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations" +
                ".map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0] && v.nodes[0].target.join(' ') }))");
            foreach (var violation in json.EnumerateArray())
            {
                var line = $"{theme} {path}: {violation.GetProperty("id")} ({violation.GetProperty("impact")}) ×{violation.GetProperty("nodes")} e.g. {violation.GetProperty("target")}";
                output.WriteLine(line);
                if (violation.GetProperty("impact").GetString() is "serious" or "critical")
                {
                    failures.Add(line);
                }
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task On_a_phone_the_page_does_not_scroll_sideways_and_wide_tables_scroll_in_their_box(string path)
    {
        await using var page = await ReportPage.OpenEntityAsync(report.Session, report.Root, path, width: 390, height: 844);
        Assert.True(await page.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");
        await page.Page.ClickAsync(".theme-toggle");
        Assert.Equal("dark", await page.Page.GetAttributeAsync("html", "data-theme"));
        await page.ScreenshotAsync("entity-phone-dark-" + Path.GetFileNameWithoutExtension(path), fullPage: true);
    }

    [Fact]
    public async Task Back_link_returns_to_the_view_the_reader_came_from_and_travels_to_related_pages()
    {
        // As the report's click handler passes it: the reader was on Twitter × All time.
        await using var page = await ReportPage.OpenEntityAsync(report.Session, report.Root, "influencers/inf009.html", "#from=view%3Dtwitter%26period%3Dall");
        Assert.EndsWith("index.html#view=twitter&period=all", await page.Page.GetAttributeAsync("nav.entity-back a", "href"));
        var campaign = await page.Page.GetAttributeAsync("#campaigns a[href^='../campaigns/']", "href");
        Assert.EndsWith("#from=view%3Dtwitter%26period%3Dall", campaign);

        await page.Page.ClickAsync("nav.entity-back a");
        await page.WaitForViewAsync("twitter");
        Assert.Equal("true", await page.Page.GetAttributeAsync("#tab-twitter", "aria-selected"));
        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
    }

    [Fact]
    public async Task Without_a_view_to_return_to_the_back_link_opens_the_entitys_platform()
    {
        await using var page = await ReportPage.OpenEntityAsync(report.Session, report.Root, "influencers/inf009.html", "#from=view%3D%3Cb%3E");
        // A malformed "from" is ignored: the link keeps the influencer's own platform (INF009 is on Instagram).
        Assert.Equal("../index.html#view=instagram&period=all", await page.Page.GetAttributeAsync("nav.entity-back a", "href"));
        await page.Page.ClickAsync("nav.entity-back a");
        await page.WaitForViewAsync("instagram");
    }
    [Fact]
    public async Task The_header_search_on_a_page_one_folder_down_opens_the_right_page()
    {
        await using var page = await ReportPage.OpenEntityAsync(report.Session, report.Root, "campaigns/summerfit.html");
        var search = new SearchBox(page.Page);
        // Results carry site-relative paths; the page resolves them from one folder down ("../").
        Assert.Equal([("Simran Joshi", "influencers/inf058.html")], await search.FindAsync("simran jo"));
        Assert.Equal(1, await page.Page.Locator("script[src='../assets/search-index.js']").CountAsync());
        await page.Page.Keyboard.PressAsync("ArrowDown");
        await page.Page.Keyboard.PressAsync("Enter");
        var expected = new Uri(Path.Combine(report.Root, "influencers", "inf058.html")).AbsoluteUri;
        await page.Page.WaitForURLAsync(url => url.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal("Simran Joshi", (await page.Page.TextContentAsync("h1.entity-name"))!.Trim());
        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
    }

    [Fact]
    public async Task A_click_on_a_campaign_window_label_of_the_weekly_chart_opens_the_campaign_page()
    {
        await using var page = await ReportPage.OpenEntityAsync(report.Session, report.Root, "influencers/inf009.html");
        var target = await page.Page.EvaluateAsync<string>(
            "() => JSON.parse(document.getElementById('view-entity--fig-weeks').textContent).layout.annotations[0].name");
        Assert.Matches(EntityPageLinks.Pattern, target);
        var label = page.Page.Locator("#view-entity--chart-weeks g.annotation[data-index='0'] .annotation-text-g");
        await label.ScrollIntoViewIfNeededAsync();
        await label.ClickAsync();
        var expected = new Uri(Path.Combine(report.Root, target)).AbsoluteUri;
        await page.Page.WaitForURLAsync(url => url.StartsWith(expected, StringComparison.Ordinal));
        Assert.Empty(page.Errors);
    }
}
