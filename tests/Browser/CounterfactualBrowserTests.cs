using Microsoft.Playwright;
using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Browser;

/// <summary>
/// The counterfactual pictures drawn by report.js in Chromium, from hand-made estimates of a simulated programme
/// (the estimator is wired in later): small multiples drawn, band and window present, the select switches the
/// figure, a platform view draws the All view's figures, with no CSP violation and no console error.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CounterfactualBrowserTests(ShippedReport report) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private (string Root, int Groups) Site()
    {
        var data = temp.Combine("data");
        // Campaigns kept apart (--overlap 0): more separate pictures than the 6 small multiples, so the select has choices.
        Assert.Equal(0, CliRun.Of("simulate", "--out", data, "--influencers", "400", "--tracking-rows", "60000", "--overlap", "0").ExitCode);
        var model = ReportCalculator.Compute(DataSetLoader.Load(data), MetricsOptions.Default);
        var root = temp.Combine("site");
        CounterfactualSite.Write(root, model, CounterfactualPicture.Of);

        // The small multiples: the drawable pictures of the All view, one per overlap group, at most 6.
        var groups = CounterfactualPicture.Of(model.All).Where(p => p.Drawable).Select(p => string.Join('|', p.Group)).Distinct().Count();
        return (root, Math.Min(6, groups));
    }

    [Fact]
    public async Task Pictures_draw_with_band_and_window_and_the_select_switches_the_figure_with_no_errors()
    {
        var (root, groups) = Site();
        await using var page = await ReportPage.OpenAsync(report.Session, root, width: 1280);
        var section = page.Page.Locator("#view-all .counterfactual");
        var panels = await section.Locator(".cf-panel .chart").CountAsync();
        Assert.True(groups >= 2, $"{groups} drawable pictures");
        Assert.Equal(groups, panels);
        await page.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('#view-all .counterfactual .chart')].every(c => c.querySelector('svg.main-svg'))");

        // Each picture: the band and the lift are fills, the window a shape, two y axes (revenue and lift).
        var first = section.Locator(".cf-panel .chart").First;
        Assert.True(await first.Locator("path.js-fill").CountAsync() >= 2);
        Assert.Equal(1, await first.Locator(".shapelayer path").CountAsync());
        Assert.Equal(1, await first.Locator(".g-ytitle").CountAsync());
        Assert.Equal(1, await first.Locator(".g-y2title").CountAsync());

        // The select: choose another campaign, the picker redraws from that figure.
        var select = section.Locator("select.cf-select");
        var values = await select.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.True(values.Length >= 2, $"{values.Length} options");
        var picker = section.Locator(".cf-picker .chart");
        Assert.Equal(values[0], await picker.GetAttributeAsync("data-figure"));
        await select.SelectOptionAsync(values[1]);
        await page.Page.WaitForFunctionAsync(
            "v => { const c = document.querySelector('#view-all .cf-picker .chart'); return c.getAttribute('data-figure') === v && c.getAttribute('data-drawn') === 'light' && c.querySelector('svg.main-svg'); }",
            values[1]);
        var label = await select.Locator("option").Nth(1).TextContentAsync();
        Assert.EndsWith(label!, await picker.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        // One plot in the picker, not the old one and the new one.
        Assert.Equal(1, await picker.Locator(".plot-container").CountAsync());

        // Keyboard: a focused native select moves to the next option with the arrow key.
        await select.FocusAsync();
        await page.Page.Keyboard.PressAsync("ArrowDown");
        if (values.Length >= 3)
        {
            await page.Page.WaitForFunctionAsync("v => document.querySelector('#view-all .cf-picker .chart').getAttribute('data-figure') === v", values[2]);
        }

        await section.ScreenshotAsync(new LocatorScreenshotOptions { Path = ScreenshotPath("counterfactual-1280") });

        // A platform view draws its pictures, some from the All view's figure blocks.
        await page.ShowViewAsync("instagram");
        Assert.True(await page.Page.Locator("#view-instagram .counterfactual .chart svg.main-svg").CountAsync() > 0);

        Assert.Empty(page.Errors);
        Assert.Empty(page.BlockedRequests);
        Assert.Empty(await page.CspViolationsAsync());
    }

    [Fact]
    public async Task Pictures_fit_a_phone()
    {
        var (root, _) = Site();
        await using var page = await ReportPage.OpenAsync(report.Session, root, width: 390, height: 844);
        await page.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('#view-all .counterfactual .chart')].every(c => c.querySelector('svg.main-svg'))");
        var first = page.Page.Locator("#view-all .cf-panel .chart").First;
        var box = await first.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box!.Width <= 390, $"picture {box.Width} px wide on a 390 px screen");
        var overflow = await page.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways");
        await page.Page.Locator("#view-all .counterfactual").ScreenshotAsync(new LocatorScreenshotOptions { Path = ScreenshotPath("counterfactual-390") });
        await page.Page.Locator("#view-all .cf-panel").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = ScreenshotPath("counterfactual-390-first") });
        Assert.Empty(page.Errors);
        Assert.Empty(await page.CspViolationsAsync());
    }

    private static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }
}
