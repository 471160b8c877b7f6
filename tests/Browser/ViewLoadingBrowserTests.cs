using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Browser;

/// <summary>
/// Issue 13: views other than All × All time live in views/PLATFORM/PERIOD.js and load when first shown; the period
/// selector and the platform tabs are both in the URL hash, which survives a reload and follows back/forward.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ViewLoadingBrowserTests(ShippedReport report) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static Task<int> ViewScripts(ReportPage page, string src) =>
        page.Page.EvaluateAsync<int>("src => [...document.querySelectorAll('script[src]')].filter(s => s.getAttribute('src') === src).length", src);

    [Fact]
    public async Task A_platform_view_is_loaded_from_its_file_on_first_show_drawn_at_its_width_and_cached()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        Assert.Equal(0, await page.Page.Locator("#view-instagram").CountAsync());
        Assert.Equal(0, await ViewScripts(page, "views/instagram/all.js"));

        await page.ShowViewAsync("instagram");
        Assert.Equal(1, await ViewScripts(page, "views/instagram/all.js"));
        var widths = await page.Page.EvaluateAsync<int[]>(
            "() => { const c = document.querySelector('#view-instagram .chart'); return [c.clientWidth, Math.round(c.querySelector('svg.main-svg').getBoundingClientRect().width)]; }");
        Assert.True(widths[0] > 300, $"container {widths[0]} px");
        Assert.InRange(widths[1], widths[0] - 2, widths[0] + 2);

        // Its tables work: built, sortable, their rows borrowed from the All view's table in index.html.
        var table = page.Page.Locator("[data-source='view-instagram--tbl-influencers']");
        Assert.Equal("1", await table.GetAttributeAsync("data-ready"));
        await table.Locator("th button").First.ClickAsync();
        Assert.Equal("ascending", await table.Locator("thead tr.dt-heads th").First.GetAttributeAsync("aria-sort"));
        Assert.True(await table.Locator("tbody tr").CountAsync() > 0);

        await page.ShowViewAsync("all");
        await page.ShowViewAsync("instagram");
        Assert.Equal(1, await ViewScripts(page, "views/instagram/all.js")); // cached: not added again
        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
        Assert.Empty(await page.CspViolationsAsync());
    }

    [Fact]
    public async Task A_loaded_view_shows_the_Method_text_of_index_html_which_its_file_leaves_out()
    {
        // The file holds an empty Method text pointing at index.html's (the same text in every view, ~10 KB a file).
        var (_, _, html) = SiteDocument.Read(Path.Combine(report.Root, "views", "instagram", "all.js"));
        Assert.Contains("<div class=\"method\" id=\"view-instagram--method-text\" data-same-as=\"view-all--method-text\"></div>", html, StringComparison.Ordinal);

        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        var index = await page.Page.InnerHTMLAsync("#view-all--method-text");
        Assert.Contains("ROAS", index, StringComparison.Ordinal);

        await page.ShowViewAsync("instagram");
        Assert.Equal(index, await page.Page.InnerHTMLAsync("#view-instagram--method-text"));
        Assert.Null(await page.Page.GetAttributeAsync("#view-instagram--method-text", "data-same-as"));
        Assert.Empty(page.Errors);
        Assert.Empty(await page.CspViolationsAsync());
    }

    [Fact]
    public async Task Platform_and_period_live_in_the_hash_survive_a_reload_and_follow_back_and_forward()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        await page.Page.SelectOptionAsync("#period-select", "2025-10");
        await page.WaitForViewAsync("all_2025-10");
        Assert.EndsWith("#view=all&period=2025-10", page.Page.Url, StringComparison.Ordinal);

        await page.Page.ClickAsync("#tab-instagram");
        await page.WaitForViewAsync("instagram_2025-10");
        Assert.EndsWith("#view=instagram&period=2025-10", page.Page.Url, StringComparison.Ordinal);
        var hrefs = await page.Page.Locator("#view-instagram_2025-10 .downloads a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(7, hrefs.Length);   // six summaries and recommendations.csv
        // The month's own files; data issues are about the files, not a month: the platform's one list.
        Assert.All(hrefs.Where(h => !h.EndsWith("/data_issues.csv", StringComparison.Ordinal)), h => Assert.StartsWith("downloads/instagram/2025-10/", h, StringComparison.Ordinal));
        Assert.Contains("downloads/instagram/data_issues.csv", hrefs);
        Assert.Equal("Instagram · Oct 2025", await page.Page.Locator("#view-instagram_2025-10 .view-heading").TextContentAsync());
        Assert.Equal("view-instagram_2025-10", await page.Page.GetAttributeAsync("#tab-instagram", "aria-controls"));

        await page.Page.ReloadAsync();
        await page.WaitForViewAsync("instagram_2025-10");
        Assert.Equal("2025-10", await page.Page.InputValueAsync("#period-select"));
        Assert.Equal("true", await page.Page.GetAttributeAsync("#tab-instagram", "aria-selected"));
        Assert.Equal(1, await page.Page.Locator(".view:not([hidden])").CountAsync());

        await page.Page.GoBackAsync();
        await page.WaitForViewAsync("all_2025-10");
        Assert.Equal("true", await page.Page.GetAttributeAsync("#tab-all", "aria-selected"));
        Assert.Equal("2025-10", await page.Page.InputValueAsync("#period-select"));
        await page.Page.GoBackAsync();
        await page.WaitForViewAsync("all");
        Assert.Equal("all", await page.Page.InputValueAsync("#period-select"));
        await page.Page.GoForwardAsync();
        await page.WaitForViewAsync("all_2025-10");
        Assert.Equal(1, await page.Page.Locator(".view:not([hidden])").CountAsync());
        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
    }

    [Fact]
    public async Task The_period_selector_is_labelled_and_works_from_the_keyboard()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        Assert.Equal("Period", await page.Page.Locator("label[for='period-select']").TextContentAsync());
        // The shipped rows run from 2025-04-01 to 2026-03-31: financial year 2025-26, its 4 quarters and 12 months.
        Assert.Equal(
            [
                "All time", "Q1 FY2025-26", "Q2 FY2025-26", "Q3 FY2025-26", "Q4 FY2025-26",
                "Apr 2025", "May 2025", "Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025",
                "Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026",
            ],
            await page.Page.Locator("#period-select option").AllTextContentsAsync());
        Assert.Equal(
            ["Financial-year quarters", "Months"],
            await page.Page.Locator("#period-select optgroup").EvaluateAllAsync<string[]>("groups => groups.map(g => g.label)"));
        await page.Page.FocusAsync("#period-select");
        await page.Page.Keyboard.PressAsync("ArrowDown");
        await page.WaitForViewAsync("all_fy2025-26-q1");
        Assert.EndsWith("#view=all&period=fy2025-26-q1", page.Page.Url, StringComparison.Ordinal);
        Assert.Equal("fy2025-26-q1", await page.Page.InputValueAsync("#period-select"));
    }

    [Theory]
    [InlineData("#view-youtube", "youtube", null)]
    [InlineData("#view-instagram--trend", "instagram", "view-instagram--trend")]
    [InlineData("#view=twitter", "twitter", null)]
    [InlineData("#view=nosuch&period=nosuch", "all", null)]
    public async Task Old_and_partial_links_open_their_view(string hash, string key, string? section)
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root, suffix: hash);
        await page.WaitForViewAsync(key);
        if (section is not null)
        {
            // Scrolled to the section once its view was loaded (it sits below the sticky bars, near the top).
            var top = await page.Page.EvaluateAsync<double>("id => document.getElementById(id).getBoundingClientRect().top", section);
            Assert.InRange(top, -5, 250);
        }
    }

    [Fact]
    public async Task A_missing_or_broken_view_file_shows_a_clear_message_and_the_controls_keep_working()
    {
        var site = report.CopyTo(temp.Combine("broken"));
        File.Delete(Path.Combine(site, "views", "twitter", "all.js"));
        await File.WriteAllTextAsync(Path.Combine(site, "views", "youtube", "all.js"), "roiReportView(\"youtube\", \"all\", \"<div");
        await using var page = await ReportPage.OpenAsync(report.Session, site);

        await page.Page.ClickAsync("#tab-twitter");
        var message = page.Page.Locator("#view-twitter .view-error");
        await message.WaitForAsync();
        Assert.Contains("could not be loaded", await message.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("views/twitter/all.js", await message.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("alert", await message.GetAttributeAsync("role"));
        await page.ScreenshotAsync("view-missing");

        await page.Page.ClickAsync("#tab-youtube");
        await page.Page.Locator("#view-youtube .view-error").WaitForAsync();

        // The tabs and the selector still work.
        await page.ShowViewAsync("instagram");
        await page.Page.SelectOptionAsync("#period-select", "2025-10");
        await page.WaitForViewAsync("instagram_2025-10");
        Assert.Empty(page.BlockedRequests);
    }

    [Fact]
    public async Task Print_all_platforms_loads_and_lays_out_every_platform_of_the_chosen_period_only()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root, suffix: "#view=instagram&period=2025-10");
        await page.WaitForViewAsync("instagram_2025-10");
        await page.Page.EvaluateAsync("() => { window.print = () => {}; }");
        await page.Page.ClickAsync(".print-all");
        await page.Page.WaitForFunctionAsync("() => document.body.classList.contains('print-all')");
        await page.Page.EmulateMediaAsync(new Microsoft.Playwright.PageEmulateMediaOptions { Media = Microsoft.Playwright.Media.Print });
        foreach (var slug in report.Slugs)
        {
            var view = page.Page.Locator($"#view-{slug}_2025-10");
            Assert.True(await view.IsVisibleAsync(), slug);
            Assert.True(await view.Locator(".chart svg.main-svg").CountAsync() >= 8, slug);
        }

        // All time's All view is in index.html, but not of the chosen period: not printed.
        Assert.True(await page.Page.Locator("#view-all").IsHiddenAsync());
        Assert.Equal(report.Slugs.Count, await page.Page.Locator(".view:visible").CountAsync());
    }
}
