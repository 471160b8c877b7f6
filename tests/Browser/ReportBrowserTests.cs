using System.Globalization;
using Microsoft.Playwright;
using RoiReportGen.Rendering;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Browser;

/// <summary>The shipped report as a person uses it: tabs, charts, tables, theme, phone, print.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ReportBrowserTests
{
    private readonly ShippedReport report;

    public ReportBrowserTests(ShippedReport report)
    {
        this.report = report;
    }

    [Fact]
    public async Task Every_view_loads_with_no_errors_no_network_and_every_chart_drawn()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        foreach (var slug in report.Slugs)
        {
            await page.ShowViewAsync(slug);
            // The eight charts; the counterfactual pictures (once estimates are wired) have their own browser test.
            var charts = await page.Page.Locator($"#view-{slug} .chart:not(.counterfactual .chart)").CountAsync();
            var drawn = await page.Page.Locator($"#view-{slug} .chart svg.main-svg").CountAsync();
            Assert.Equal(8, charts);
            Assert.True(drawn >= charts, $"{slug}: {drawn} drawn plots for {charts} charts");
            await page.ScreenshotAsync($"view-{slug}");
        }

        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
        Assert.Empty(await page.CspViolationsAsync());
    }

    [Fact]
    public async Task The_page_declares_a_strict_content_security_policy()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        var policy = await page.Page.GetAttributeAsync("meta[http-equiv='Content-Security-Policy']", "content");
        Assert.NotNull(policy);
        var scripts = policy!.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scripts);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);

        // The policy is enforced: an injected inline script does not run, and says so.
        await page.Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.appendChild(s); }");
        Assert.False(await page.Page.EvaluateAsync<bool>("() => window.__ran === true"));
        Assert.Contains(await page.CspViolationsAsync(), v => v.StartsWith("script-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_tab_shows_the_kpis_tables_and_downloads_of_its_platform_as_in_its_csv()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        foreach (var slug in report.Slugs)
        {
            await page.ShowViewAsync(slug);
            var folder = slug == "all" ? Path.Combine(report.Root, "downloads") : Path.Combine(report.Root, "downloads", slug);
            var influencers = CsvDownload.Read(Path.Combine(folder, "influencer_summary.csv"));
            decimal Sum(string column) => influencers.Rows.Sum(r => decimal.Parse(r[column], CultureInfo.InvariantCulture));

            var kpis = await Kpis(page.Page, slug);
            Assert.Equal(DisplayFormat.Money(Sum("revenue")), kpis["Revenue"]);
            Assert.Equal(DisplayFormat.Money(Sum("payout")), kpis["Payout"]);
            Assert.Equal(DisplayFormat.Ratio(Sum("revenue") / Sum("payout")), kpis["ROAS"]);
            Assert.Equal(DisplayFormat.Count((long)Sum("orders")), kpis["Orders"]);
            Assert.Equal(DisplayFormat.Count(influencers.Rows.Count), kpis["Influencers"]);
            Assert.Equal(DisplayFormat.Count((long)Sum("posts")), kpis["Posts"]);

            var status = await page.Page.Locator($"#view-{slug} [data-source='view-{slug}--tbl-influencers'] .dt-status").InnerTextAsync();
            Assert.EndsWith($"of {DisplayFormat.Count(influencers.Rows.Count)}", status, StringComparison.Ordinal);

            var hrefs = await page.Page.Locator($"#view-{slug} .downloads a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            var expectedFolder = slug == "all" ? "downloads/" : $"downloads/{slug}/";
            Assert.Equal(7, hrefs.Length);   // six summaries and recommendations.csv
            Assert.All(hrefs, h => Assert.StartsWith(expectedFolder, h, StringComparison.Ordinal));
            Assert.Equal(1, await page.Page.Locator(".view:not([hidden])").CountAsync());

            // Issue 15: the Recommendations section shows, right after Insights, its counts as in the view's
            // recommendations.csv, a what-if with its numbers, and a table of every influencer linked to its page.
            var recommendations = CsvDownload.Read(Path.Combine(folder, "recommendations.csv"));
            var section = page.Page.Locator($"#view-{slug}--recommendations");
            Assert.True(await section.IsVisibleAsync());
            Assert.Equal($"view-{slug}--recommendations", await page.Page.Locator($"#view-{slug}--insights + section").GetAttributeAsync("id"));
            var counts = await section.Locator("table.summary-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.cells[0].innerText + '=' + r.cells[1].innerText)");
            Assert.Equal(
                RoiReportGen.Metrics.Recommendations.RecommendationActions.All.Select(a => $"{a}={DisplayFormat.Count(recommendations.Rows.Count(r => r["action"] == a))}"),
                counts);
            Assert.Contains("₹", await section.Locator(".what-ifs").InnerTextAsync(), StringComparison.Ordinal);
            var recommendationStatus = await section.Locator(".dt-status").InnerTextAsync();
            Assert.EndsWith($"of {DisplayFormat.Count(recommendations.Rows.Count)}", recommendationStatus, StringComparison.Ordinal);
            Assert.Matches(EntityPageLinks.Pattern, await section.Locator("tbody tr a").First.GetAttributeAsync("href"));
        }

        await page.ScreenshotAsync("tabs-kpis");
    }

    [Fact]
    public async Task The_url_hash_keeps_the_tab_across_a_reload()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        await page.ShowViewAsync("youtube");
        Assert.EndsWith("#view=youtube&period=all", page.Page.Url, StringComparison.Ordinal);
        await page.Page.ReloadAsync();
        await page.Page.WaitForFunctionAsync("() => !document.getElementById('view-youtube').hidden");
        Assert.Equal("true", await page.Page.GetAttributeAsync("#tab-youtube", "aria-selected"));
        Assert.True(await page.Page.Locator("#view-all").IsHiddenAsync());
        await page.ScreenshotAsync("hash-reload");
    }

    [Fact]
    public async Task A_chart_in_a_tab_that_was_hidden_has_its_containers_width_after_the_switch()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        await page.ShowViewAsync("twitter");
        var widths = await page.Page.EvaluateAsync<int[]>(
            "() => { const c = document.querySelector('#view-twitter .chart'); return [c.clientWidth, Math.round(c.querySelector('svg.main-svg').getBoundingClientRect().width)]; }");
        Assert.True(widths[0] > 300, $"container {widths[0]} px");
        Assert.InRange(widths[1], widths[0] - 2, widths[0] + 2);
    }

    [Fact]
    public async Task Tables_sort_numerically_both_ways_search_and_page_through_every_row()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        var table = page.Page.Locator("[data-source='view-all--tbl-influencers']");
        var revenueHeader = table.Locator("th button", new LocatorLocatorOptions { HasText = "Revenue" });

        await revenueHeader.ClickAsync();
        var descending = await ColumnNumbers(table, "Revenue");
        Assert.Equal(descending.OrderByDescending(v => v), descending);
        await revenueHeader.ClickAsync();
        var ascending = await ColumnNumbers(table, "Revenue");
        Assert.Equal(ascending.Order(), ascending);
        Assert.NotEqual(descending, ascending);

        var total = CsvDownload.Read(Path.Combine(report.Root, "downloads", "influencer_summary.csv")).Rows.Count;
        var seen = 0;
        while (true)
        {
            seen += await table.Locator("tbody tr").CountAsync();
            var next = table.Locator(".dt-next");
            if (await next.IsDisabledAsync())
            {
                break;
            }

            await next.ClickAsync();
        }

        Assert.Equal(total, seen);

        await table.Locator(".dt-search").FillAsync("singh");
        var names = await table.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.innerText.toLowerCase())");
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains("singh", n, StringComparison.Ordinal));
        Assert.Contains("filtered from", await table.Locator(".dt-status").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("table-search");
    }

    [Fact]
    public async Task Dark_mode_changes_the_colours_and_survives_a_reload()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        const string Background = "() => getComputedStyle(document.body).backgroundColor";
        var light = await page.Page.EvaluateAsync<string>(Background);
        await page.Page.ClickAsync(".theme-toggle");
        var dark = await page.Page.EvaluateAsync<string>(Background);
        Assert.NotEqual(light, dark);
        Assert.Equal("dark", await page.Page.GetAttributeAsync("html", "data-theme"));
        await page.ScreenshotAsync("dark");

        await page.Page.ReloadAsync();
        await page.Page.WaitForSelectorAsync(".view:not([hidden]) .chart svg.main-svg");
        Assert.Equal("dark", await page.Page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal(dark, await page.Page.EvaluateAsync<string>(Background));
    }

    [Fact]
    public async Task A_phone_screen_has_no_horizontal_scroll()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root, 390, 844);
        foreach (var slug in report.Slugs)
        {
            await page.ShowViewAsync(slug);
            var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{slug}: {overflow} px of horizontal scroll");
        }

        await page.ShowViewAsync("all");
        await page.ScreenshotAsync("phone", fullPage: false);
    }

    [Fact]
    public async Task Print_hides_the_chrome_and_shows_every_section_of_the_active_view()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        await page.ShowViewAsync("instagram");
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var chrome in new[] { ".view-tabs", ".section-nav", ".actions", ".dt-search", ".dt-pager" })
        {
            foreach (var element in await page.Page.Locator(chrome).AllAsync())
            {
                Assert.False(await element.IsVisibleAsync(), chrome);
            }
        }

        var sections = await page.Page.Locator("#view-instagram section.report-section").AllAsync();
        Assert.Equal(14, sections.Count);   // SPEC 3's thirteen and Recommendations
        foreach (var section in sections)
        {
            Assert.True(await section.IsVisibleAsync());
        }

        Assert.True(await page.Page.Locator("#view-all").IsHiddenAsync());
        await page.ScreenshotAsync("print-view", fullPage: true);
    }

    [Fact]
    public async Task Print_all_platforms_lays_out_every_view_with_its_heading_then_restores()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        // window.print() would open a dialog; what is checked here is the layout it prints.
        await page.Page.EvaluateAsync("() => { window.print = () => {}; }");
        await page.Page.ClickAsync(".print-all");
        // The platforms' view files load first, then the page lays them out.
        await page.Page.WaitForFunctionAsync("() => document.body.classList.contains('print-all')");
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var slug in report.Slugs)
        {
            Assert.True(await page.Page.Locator($"#view-{slug}").IsVisibleAsync(), slug);
            Assert.True(await page.Page.Locator($"#view-{slug} .view-heading").IsVisibleAsync(), slug);
            var breaks = await page.Page.EvaluateAsync<string>($"() => getComputedStyle(document.getElementById('view-{slug}')).breakBefore");
            Assert.Equal(slug == "all" ? "auto" : "page", breaks); // each platform from a new page
            Assert.True(await page.Page.Locator($"#view-{slug} .chart svg.main-svg").CountAsync() >= 9, slug);
        }

        await page.ScreenshotAsync("print-all", fullPage: false);
        await page.Page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.Equal(1, await page.Page.Locator(".view:not([hidden])").CountAsync());
        Assert.False(await page.Page.EvaluateAsync<bool>("() => document.body.classList.contains('print-all')"));
    }

    private static async Task<Dictionary<string, string>> Kpis(IPage page, string slug)
    {
        var cards = await page.Locator($"#view-{slug}--kpis .kpi").AllAsync();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var card in cards)
        {
            result[await card.Locator(".kpi-label").InnerTextAsync()] = (await card.Locator(".kpi-value").InnerTextAsync()).Trim();
        }

        return result;
    }

    // The numbers of one column on the current page, read back from the Indian-grouped display text.
    private static async Task<List<decimal>> ColumnNumbers(ILocator table, string heading)
    {
        var index = await table.Locator("thead tr.dt-heads th").EvaluateAllAsync<int>(
            "(ths, heading) => ths.findIndex(th => th.textContent.trim().startsWith(heading))", heading);
        var cells = await table.Locator("tbody tr").EvaluateAllAsync<string[]>(
            "(rows, i) => rows.map(r => r.children[i].innerText)", index);
        return [.. cells.Select(c => decimal.Parse(c.Replace("₹", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace("−", "-", StringComparison.Ordinal), CultureInfo.InvariantCulture))];
    }
}
