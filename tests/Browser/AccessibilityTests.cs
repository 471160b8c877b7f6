using System.Text.Json;
using RoiReportGen.Tests.Support;
using Xunit.Abstractions;

namespace RoiReportGen.Tests.Browser;

/// <summary>axe-core (npm, installed into tests/Browser/js by the build) checks every view, light and dark.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(ShippedReport report, ITestOutputHelper output)
{
    private static readonly string AxePath = Path.Combine(RepoPaths.Root, "tests", "Browser", "js", "node_modules", "axe-core", "axe.min.js");

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Axe_finds_no_serious_or_critical_violations_in_any_view(string theme)
    {
        Assert.True(File.Exists(AxePath), $"axe-core is missing: run `npm ci` in tests/Browser/js (the test build does it when npm is installed).");
        var axe = await File.ReadAllTextAsync(AxePath);
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        if (theme == "dark")
        {
            await page.Page.ClickAsync(".theme-toggle");
        }

        // Evaluated through the DevTools protocol, so a page's content security policy does not block it.
        await page.Page.EvaluateAsync(axe);
        var failures = new List<string>();
        foreach (var slug in report.Slugs)
        {
            await page.ShowViewAsync(slug);
            var json = await page.Page.EvaluateAsync<JsonElement>(
                "async () => (await axe.run(document.querySelector('.view:not([hidden])'), { resultTypes: ['violations'] })).violations" +
                ".map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0] && v.nodes[0].target.join(' ') }))");
            foreach (var violation in json.EnumerateArray())
            {
                var line = $"{theme} {slug}: {violation.GetProperty("id")} ({violation.GetProperty("impact")}) ×{violation.GetProperty("nodes")} e.g. {violation.GetProperty("target")}";
                output.WriteLine(line);
                if (violation.GetProperty("impact").GetString() is "serious" or "critical")
                {
                    failures.Add(line);
                }
            }
        }

        await page.ScreenshotAsync($"axe-{theme}");
        Assert.Empty(failures);
    }
}
