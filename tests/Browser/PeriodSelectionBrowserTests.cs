using Microsoft.Playwright;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Browser;

/// <summary>
/// Issue 13 item 5 and its "Done when", in Chromium on the REAL shipped report (built by the command line, downloads
/// included): choosing a month or a quarter switches the KPI cards, tables, charts and download links to that view,
/// and what the page shows equals that view's CSV files (downloads/PLATFORM/PERIOD/*.csv). Every expected value is
/// read from those CSVs, never from the page or the model.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PeriodSelectionBrowserTests(ShippedReport report) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("all", "2025-10")]
    [InlineData("instagram", "fy2025-26-q2")]
    [InlineData("youtube", "2025-07")]
    public async Task Choosing_a_period_shows_that_views_kpis_tables_chart_and_downloads_which_equal_its_csvs(string platform, string period)
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        await page.ShowViewAsync(platform);
        var allTime = await KpiCardsAsync(page, ElementIds.ViewKey(platform, "all"));
        await page.Page.SelectOptionAsync("#period-select", period);
        var key = ElementIds.ViewKey(platform, period);
        await page.WaitForViewAsync(key);
        Assert.EndsWith($"#view={platform}&period={period}", page.Page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Page.Locator(".view:not([hidden])").CountAsync());

        // Download links: the view's own folder, every file there; data issues are the platform's one list.
        var folder = $"downloads/{platform}/{period}/";
        var hrefs = await page.Page.Locator($"#view-{key} .downloads a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(DownloadsWriter.FileNames.Select(f => f == "data_issues.csv" ? $"downloads/{(platform == "all" ? "" : platform + "/")}{f}" : folder + f), hrefs);
        Assert.All(hrefs, h => Assert.True(File.Exists(Path.Combine(report.Root, h)), h));
        var influencers = CsvDownload.Read(Path.Combine(report.Root, folder, "influencer_summary.csv"));
        var campaigns = CsvDownload.Read(Path.Combine(report.Root, folder, "campaign_summary.csv"));
        var payoutBasis = CsvDownload.Read(Path.Combine(report.Root, folder, "payout_summary.csv"));

        // KPI cards: the view's totals over influencer_summary.csv (on the shipped data every attributed row and
        // every payout row belongs to a known influencer, and a month's influencers are those active in it).
        var revenue = Sum(influencers, "revenue");
        var payout = Sum(influencers, "payout");
        var cards = await KpiCardsAsync(page, key);
        Assert.Equal(DisplayFormat.Money(revenue), cards["Revenue"].Value);
        Assert.Equal(DisplayFormat.Money(payout), cards["Payout"].Value);
        Assert.Equal(DisplayFormat.Ratio(revenue / payout), cards["ROAS"].Value);
        Assert.Equal(DisplayFormat.Count((long)Sum(influencers, "orders")), cards["Orders"].Value);
        Assert.Equal(DisplayFormat.Count(influencers.Rows.Count), cards["Influencers"].Value);
        Assert.Equal(DisplayFormat.Count((long)Sum(influencers, "posts")), cards["Posts"].Value);
        Assert.NotEqual(allTime["Revenue"].Value, cards["Revenue"].Value); // it changed: not the All-time figure

        // Tables: the influencer table holds exactly the CSV's influencers, each with its revenue and payout; the
        // campaign table exactly its campaigns. (These views have fewer rows than a page of 25: all are shown.)
        var table = await TableAsync(page, $"{key}--tbl-influencers");
        Assert.Equal(
            influencers.Rows.Select(r => (r["name"], DisplayFormat.Money(CsvDownload.Number(r, "revenue")), DisplayFormat.Money(CsvDownload.Number(r, "payout")))).Order(),
            table.Select(r => (r["Influencer"], r["Revenue"], r["Payout"])).Order());
        var campaignTable = await TableAsync(page, $"{key}--tbl-campaigns");
        Assert.Equal(
            campaigns.Rows.Select(r => (r["campaign"], DisplayFormat.Money(CsvDownload.Number(r, "revenue")))).Order(),
            campaignTable.Select(r => (r["Campaign"], r["Revenue"])).Order());

        // A chart's drawn data: the payout-basis pie is payout_summary.csv's payout by basis.
        const string Pie = "id => document.getElementById(id).data[0]";
        var chart = $"view-{key}--chart-payout-basis";
        Assert.Equal(payoutBasis.Rows.Select(r => r["basis"]), await page.Page.EvaluateAsync<string[]>($"id => ({Pie})(id).labels", chart));
        Assert.Equal(
            payoutBasis.Rows.Select(r => (double)CsvDownload.Number(r, "payout")!.Value),
            await page.Page.EvaluateAsync<double[]>($"id => ({Pie})(id).values", chart));

        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests); // nothing but file: was requested
        Assert.Empty(await page.CspViolationsAsync());
    }

    /// <summary>Issue 13's "Done when", as a person does it: Instagram × Q2 FY2025-26, its changes, downloads, reload, print.</summary>
    [Fact]
    public async Task Instagram_in_Q2_FY2025_26_shows_every_kpi_against_Q1_downloads_its_rows_survives_a_reload_and_prints()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        await page.Page.ClickAsync("#tab-instagram");
        await page.Page.SelectOptionAsync("#period-select", new SelectOptionValue { Label = "Q2 FY2025-26" });
        const string Key = "instagram_fy2025-26-q2";
        await page.WaitForViewAsync(Key);
        Assert.EndsWith("#view=instagram&period=fy2025-26-q2", page.Page.Url, StringComparison.Ordinal);

        // Every KPI card states its change against Q1 in words with an arrow beside it.
        var cards = await KpiCardsAsync(page, Key);
        Assert.Equal(["Revenue", "Payout", "ROAS", "iROAS", "Orders", "Influencers", "Posts"], cards.Keys);
        Assert.All(cards, card => Assert.Matches("^[▲▼→] (up|down|no change) .*vs Q1 FY2025-26$", card.Value.Change));

        // Revenue and payout changes, worked from the two quarters' CSVs: Δ = Q2 − Q1, % = Δ / Q1.
        var q2 = CsvDownload.Read(Path.Combine(report.Root, "downloads", "instagram", "fy2025-26-q2", "influencer_summary.csv"));
        var q1 = CsvDownload.Read(Path.Combine(report.Root, "downloads", "instagram", "fy2025-26-q1", "influencer_summary.csv"));
        foreach (var (label, column) in new[] { ("Revenue", "revenue"), ("Payout", "payout") })
        {
            var change = Sum(q2, column) - Sum(q1, column);
            var word = change > 0 ? "▲ up" : "▼ down";
            var sign = change > 0 ? "+" : "−";
            Assert.Equal(
                $"{word} {DisplayFormat.Money(Math.Abs(change))} ({sign}{DisplayFormat.Percent(Math.Abs(change) / Sum(q1, column))}) vs Q1 FY2025-26",
                cards[label].Change);
        }

        // The arrow is decoration; the words are what a screen reader reads.
        Assert.Equal(7, await page.Page.Locator($"#view-{Key} .kpi-change .kpi-arrow[aria-hidden='true']").CountAsync());

        // The downloads are exactly that slice's files.
        var hrefs = await page.Page.Locator($"#view-{Key} .downloads a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(DownloadsWriter.FileNames.Select(f => f == "data_issues.csv" ? "downloads/instagram/data_issues.csv" : $"downloads/instagram/fy2025-26-q2/{f}"), hrefs);
        var rows = await TableAsync(page, $"{Key}--tbl-influencers");
        Assert.Equal(q2.Rows.Select(r => r["name"]).Order(), rows.Select(r => r["Influencer"]).Order());

        // Reload lands on the same view.
        await page.Page.ReloadAsync();
        await page.WaitForViewAsync(Key);
        Assert.Equal("fy2025-26-q2", await page.Page.InputValueAsync("#period-select"));
        Assert.Equal("true", await page.Page.GetAttributeAsync("#tab-instagram", "aria-selected"));
        Assert.Equal(cards, await KpiCardsAsync(page, Key));

        // Print: the page's Print button (window.print stubbed: it would open a dialog), then the paper layout.
        await page.Page.EvaluateAsync("() => { window.__printed = 0; window.print = () => { window.__printed++; }; }");
        await page.Page.ClickAsync(".print-view");
        await page.Page.WaitForFunctionAsync("() => window.__printed === 1");
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal([$"view-{Key}"], await page.Page.Locator(".view:visible").EvaluateAllAsync<string[]>("views => views.map(v => v.id)"));
        Assert.Equal("Instagram · Q2 FY2025-26", await page.Page.Locator($"#view-{Key} .view-heading").InnerTextAsync());
        Assert.True(await page.Page.Locator($"#view-{Key} .view-heading").IsVisibleAsync());
        Assert.Equal(14, await page.Page.Locator($"#view-{Key} section.report-section:visible").CountAsync());
        Assert.True(await page.Page.Locator($"#view-{Key} .chart[data-print-width]").CountAsync() >= 8);
        Assert.False(await page.Page.Locator(".view-tabs").IsVisibleAsync());
        Assert.False(await page.Page.Locator("#period-select").IsVisibleAsync());
        await page.ScreenshotAsync("print-instagram-q2", fullPage: true);

        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
        Assert.Empty(await page.CspViolationsAsync());
    }

    [Fact]
    public async Task Back_and_forward_walk_through_platform_and_period_changes()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        // All × All time → All × Q2 → Instagram × Q2 → Instagram × Oct 2025 → YouTube × Oct 2025.
        await page.Page.SelectOptionAsync("#period-select", "fy2025-26-q2");
        await page.WaitForViewAsync("all_fy2025-26-q2");
        await page.Page.ClickAsync("#tab-instagram");
        await page.WaitForViewAsync("instagram_fy2025-26-q2");
        await page.Page.SelectOptionAsync("#period-select", "2025-10");
        await page.WaitForViewAsync("instagram_2025-10");
        await page.Page.ClickAsync("#tab-youtube");
        await page.WaitForViewAsync("youtube_2025-10");

        (string Key, string Platform, string Period)[] back =
        [
            ("instagram_2025-10", "instagram", "2025-10"), ("instagram_fy2025-26-q2", "instagram", "fy2025-26-q2"),
            ("all_fy2025-26-q2", "all", "fy2025-26-q2"), ("all", "all", "all"),
        ];
        foreach (var (key, platform, period) in back)
        {
            await page.Page.GoBackAsync();
            await ExpectViewAsync(page, key, platform, period);
        }

        foreach (var (key, platform, period) in back.Reverse().Skip(1).Append(("youtube_2025-10", "youtube", "2025-10")))
        {
            await page.Page.GoForwardAsync();
            await ExpectViewAsync(page, key, platform, period);
        }

        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
    }

    [Fact]
    public async Task A_month_whose_view_file_is_missing_says_so_and_another_period_still_loads()
    {
        var site = report.CopyTo(temp.Combine("missing-month"));
        File.Delete(Path.Combine(site, "views", "instagram", "2025-10.js"));
        await using var page = await ReportPage.OpenAsync(report.Session, site);
        await page.ShowViewAsync("instagram");
        await page.Page.SelectOptionAsync("#period-select", "2025-10");

        var message = page.Page.Locator("#view-instagram_2025-10 .view-error");
        await message.WaitForAsync();
        var text = await message.InnerTextAsync();
        Assert.StartsWith("Instagram · Oct 2025 could not be loaded.", text, StringComparison.Ordinal);
        Assert.Contains("views/instagram/2025-10.js", text, StringComparison.Ordinal);
        Assert.Equal("alert", await message.GetAttributeAsync("role"));
        Assert.True(await message.IsVisibleAsync()); // a message, not a blank section

        await page.Page.SelectOptionAsync("#period-select", "2025-11");
        await page.WaitForViewAsync("instagram_2025-11");
        Assert.EndsWith("#view=instagram&period=2025-11", page.Page.Url, StringComparison.Ordinal);
        Assert.Empty(page.BlockedRequests);
    }

    private static async Task ExpectViewAsync(ReportPage page, string key, string platform, string period)
    {
        await page.WaitForViewAsync(key);
        Assert.Equal([$"view-{key}"], await page.Page.Locator(".view:not([hidden])").EvaluateAllAsync<string[]>("views => views.map(v => v.id)"));
        Assert.Equal(period, await page.Page.InputValueAsync("#period-select"));
        Assert.Equal("true", await page.Page.GetAttributeAsync($"#tab-{platform}", "aria-selected"));
    }

    private static decimal Sum(CsvDownload csv, string column) => csv.Rows.Sum(r => CsvDownload.Number(r, column) ?? 0m);

    private static async Task<Dictionary<string, KpiCard>> KpiCardsAsync(ReportPage page, string key)
    {
        var cards = await page.Page.Locator($"#view-{key}--kpis .kpi").EvaluateAllAsync<string[][]>(
            "cards => cards.map(c => [c.querySelector('.kpi-label').innerText.trim(), c.querySelector('.kpi-value').innerText.trim(), (c.querySelector('.kpi-change') || { innerText: '' }).innerText.trim()])");
        return cards.ToDictionary(c => c[0], c => new KpiCard(c[1], c[2]), StringComparer.Ordinal);
    }

    // Every row of a rendered table by column heading; all its rows must be on the page shown.
    private static async Task<List<Dictionary<string, string>>> TableAsync(ReportPage page, string source)
    {
        var table = page.Page.Locator($".data-table[data-source='view-{source}']");
        Assert.Equal("1", await table.GetAttributeAsync("data-ready"));
        Assert.True(await table.Locator(".dt-pager").IsHiddenAsync(), $"{source} has more than one page");
        var headings = await table.Locator("thead tr.dt-heads th").EvaluateAllAsync<string[]>("ths => ths.map(th => th.querySelector('button').firstChild.textContent.trim())");
        var cells = await table.Locator("tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [...r.children].map(c => c.innerText.trim()))");
        return [.. cells.Where(r => r.Length == headings.Length).Select(r => headings.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }

    private sealed record KpiCard(string Value, string Change);
}
