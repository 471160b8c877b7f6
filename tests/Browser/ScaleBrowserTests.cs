using System.Diagnostics;
using RoiReportGen.Tests.Support;
using Xunit.Abstractions;

namespace RoiReportGen.Tests.Browser;

/// <summary>10,000 simulated influencers: the page opens and a tab switch completes (times reported, not asserted).</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ScaleBrowserTests(ShippedReport report, ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Ten_thousand_influencers_load_and_switch_tabs_without_hanging()
    {
        var data = temp.Combine("data");
        var site = temp.Combine("site");
        Assert.Equal(0, CliRun.Of("simulate", "--out", data, "--influencers", "10000", "--tracking-rows", "200000").ExitCode);
        Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", site).ExitCode);
        var htmlBytes = new FileInfo(Path.Combine(site, "index.html")).Length;

        var clock = Stopwatch.StartNew();
        await using var page = await ReportPage.OpenAsync(report.Session, site);
        var load = clock.Elapsed;
        clock.Restart();
        await page.ShowViewAsync("instagram");
        var tabSwitch = clock.Elapsed;

        var status = await page.Page.Locator("[data-source='view-all--tbl-influencers'] .dt-status").InnerTextAsync();
        Assert.EndsWith("of 10,000", status, StringComparison.Ordinal);
        Assert.Equal(25, await page.Page.Locator("[data-source='view-all--tbl-influencers'] tbody tr").CountAsync());
        clock.Restart();
        await page.Page.Locator("[data-source='view-instagram--tbl-influencers'] th button").Nth(5).ClickAsync();
        var sort = clock.Elapsed;

        // The header search over 10,000 influencers: the first query loads and folds the index; then each keystroke's
        // work (match, rank, list) is timed inside the page, in the input event's handler.
        var indexBytes = new FileInfo(Path.Combine(site, "assets", "search-index.js")).Length;
        clock.Restart();
        Assert.Equal(20, (await new SearchBox(page.Page).FindAsync("a")).Count);
        var firstQuery = clock.Elapsed;
        string[] queries = ["r", "ra", "rah", "rahu", "rahul", "sharma", "inf0", "inf05000", "रहल", "zzzz"];
        var perQuery = await page.Page.EvaluateAsync<double[]>(
            "queries => queries.map(q => { const input = document.getElementById('site-search-input'); input.value = q;" +
            " const t = performance.now(); input.dispatchEvent(new Event('input')); return performance.now() - t; })",
            queries);
        Assert.Equal("true", await page.Page.Locator(SearchBox.InputSelector).GetAttributeAsync("aria-expanded"));
        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
        await page.ScreenshotAsync("scale-10k");
        output.WriteLine($"10,000 influencers: index.html {htmlBytes / 1024.0 / 1024.0:0.00} MB, load {load.TotalMilliseconds:0} ms, tab switch {tabSwitch.TotalMilliseconds:0} ms, sort {sort.TotalMilliseconds:0} ms");
        output.WriteLine($"search index {indexBytes / 1024.0:0} KB; first query (loads the index) {firstQuery.TotalMilliseconds:0} ms; per keystroke: " +
            string.Join(", ", queries.Zip(perQuery, (q, ms) => $"'{q}' {ms:0.0} ms")));
    }
}
