using Microsoft.Playwright;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Tests.Support;
using static RoiReportGen.Tests.Site.Periods.PeriodDisplayModels;

namespace RoiReportGen.Tests.Browser;

/// <summary>
/// The KPI cards' period display in Chromium, on a page written from a hand-made model (three months, and an All
/// view given a comparison and a campaign whose window runs past the period, as a month's view would have): the
/// sparkline SVG is drawn under the strict CSP in light, dark and print, the change reads as words, and the
/// Δ ROAS column is rendered signed by report.js.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PeriodDisplayBrowserTests(ShippedReport report) : IDisposable
{
    private const string RevenueLine = "Monthly revenue, Jan 2025 to Mar 2025: low ₹100 in Jan 2025, high ₹300 in Feb 2025";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Site()
    {
        var small = WithMonths(Small(), (Month(2025, 1), Kpis(100m)), (Month(2025, 2), Kpis(300m)), (Month(2025, 3), Kpis(200m)));
        var all = small.All with
        {
            Campaigns = [.. small.All.Campaigns.Select(c => c with { WindowRunsPastPeriod = true })],
            Comparison = Comparison(Month(2025, 9), SampleChanges, campaigns: new Dictionary<string, decimal?> { ["Summer"] = 0.35m }),
        };
        var model = small with { All = all, Periods = [new PeriodReport(ReportPeriod.AllTime, all, small.Platforms), .. small.Periods.Skip(1)] };
        var root = temp.Combine("site");
        CounterfactualSite.Write(root, model, null);
        return root;
    }

    [Fact]
    public async Task The_sparkline_draws_under_the_csp_in_light_dark_and_print_and_the_change_reads_as_words()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, Site(), width: 1280);
        var spark = page.Page.GetByRole(AriaRole.Img, new() { Name = RevenueLine });
        Assert.True(await spark.IsVisibleAsync());
        var box = (await spark.BoundingBoxAsync())!;
        Assert.True(box.Width > 100 && box.Height > 25, $"{box.Width} × {box.Height}");
        // The line is stroked in the theme's accent, not left black-on-dark or unfilled.
        const string Stroke = "() => getComputedStyle(document.querySelector('#view-all .kpi-spark path')).stroke";
        var light = await page.Page.EvaluateAsync<string>(Stroke);
        Assert.Equal("rgb(36, 80, 200)", light);

        var change = page.Page.Locator("#view-all .kpi").First.Locator(".kpi-change");
        Assert.Equal("▲ up ₹12,500 (+12.50%) vs Sep 2025", await change.InnerTextAsync());
        Assert.True(await change.IsVisibleAsync());

        // Δ ROAS column: its header, and the value signed.
        var campaigns = page.Page.Locator("#view-all--campaigns .data-table");
        Assert.True(await campaigns.Locator("th", new() { HasTextString = "Δ ROAS vs previous period" }).IsVisibleAsync());
        Assert.Equal(1, await campaigns.Locator("tbody td.num", new() { HasTextString = "+0.35" }).CountAsync());
        Assert.True(await page.Page.Locator("#view-all--campaigns .table-legend").IsVisibleAsync());
        await page.Page.Locator("#view-all--kpis").ScreenshotAsync(new LocatorScreenshotOptions { Path = ScreenshotPath("period-kpis-light") });

        await page.Page.ClickAsync(".theme-toggle");
        Assert.Equal("rgb(143, 176, 255)", await page.Page.EvaluateAsync<string>(Stroke));
        await page.Page.Locator("#view-all--kpis").ScreenshotAsync(new LocatorScreenshotOptions { Path = ScreenshotPath("period-kpis-dark") });

        // Paper is light whatever the screen theme, and the sparkline is still drawn.
        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.True(await spark.IsVisibleAsync());
        Assert.NotEqual("rgb(143, 176, 255)", await page.Page.EvaluateAsync<string>(Stroke));

        Assert.Empty(await page.CspViolationsAsync());
        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
    }

    private static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }
}
