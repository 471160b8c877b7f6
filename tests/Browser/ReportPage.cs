using Microsoft.Playwright;

namespace RoiReportGen.Tests.Browser;

/// <summary>
/// One report opened from file:// in a fresh browser context. Every request that is not a local
/// file is aborted and counted; console errors and page errors are collected.
/// </summary>
public sealed class ReportPage : IAsyncDisposable
{
    private readonly List<string> errors = [];
    private readonly List<string> blocked = [];

    private ReportPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught page errors so far.</summary>
    public IReadOnlyList<string> Errors => errors;

    /// <summary>Requests to anything but a local file (each was aborted).</summary>
    public IReadOnlyList<string> BlockedRequests => blocked;

    public static async Task<ReportPage> OpenAsync(BrowserSession session, string siteRoot, int width = 1366, int height = 900, string suffix = "")
    {
        var report = await CreateAsync(session, width, height);
        await report.Page.GotoAsync(new Uri(Path.Combine(siteRoot, "index.html")).AbsoluteUri + suffix);
        await report.Page.WaitForFunctionAsync("() => document.querySelectorAll('.view:not([hidden]) .chart svg.main-svg').length > 0");
        return report;
    }

    /// <summary>Opens an entity page (e.g. "influencers/inf009.html") and waits until every chart on it is drawn.</summary>
    public static async Task<ReportPage> OpenEntityAsync(BrowserSession session, string siteRoot, string page, string suffix = "", int width = 1366, int height = 900)
    {
        var report = await CreateAsync(session, width, height);
        await report.Page.GotoAsync(new Uri(Path.Combine(siteRoot, page)).AbsoluteUri + suffix);
        await report.Page.WaitForFunctionAsync(
            "() => document.readyState === 'complete' && window.Plotly && [...document.querySelectorAll('.chart')].every(c => c.querySelector('svg.main-svg'))");
        return report;
    }

    private static async Task<ReportPage> CreateAsync(BrowserSession session, int width, int height)
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        var report = new ReportPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                report.errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => report.errors.Add(error);
        // Recorded from the first script on, before the page's own: every Content-Security-Policy violation.
        await page.AddInitScriptAsync(
            "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (report.blocked)
                {
                    report.blocked.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        return report;
    }

    /// <summary>The Content-Security-Policy violations the page has reported so far.</summary>
    public async Task<string[]> CspViolationsAsync() => await Page.EvaluateAsync<string[]>("() => window.__cspViolations");

    /// <summary>Clicks a platform tab and waits until its view (loaded from views/ if need be) shows every chart drawn.</summary>
    public async Task ShowViewAsync(string slug)
    {
        await Page.ClickAsync($"#tab-{slug}");
        await WaitForViewAsync(slug);
    }

    /// <summary>Waits until the view with this key ("instagram", "instagram_2025-10") is loaded, shown and drawn.</summary>
    public async Task WaitForViewAsync(string key) =>
        await Page.WaitForFunctionAsync(
            "key => { const v = document.getElementById('view-' + key); return v && !v.hidden && !v.classList.contains('view-pending') && v.querySelector('.chart') && [...v.querySelectorAll('.chart')].every(c => c.querySelector('svg.main-svg')); }",
            key);

    /// <summary>Saves a screenshot under the test output folder (screenshots/NAME.png).</summary>
    public async Task ScreenshotAsync(string name, bool fullPage = false)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
