using Microsoft.Playwright;

namespace RoiReportGen.Tests.Browser;

/// <summary>The header search of an open page, driven as a reader would (templates/search.sbn, report.js).</summary>
internal sealed class SearchBox(IPage page)
{
    public const string InputSelector = "#site-search-input";

    public ILocator Input => page.Locator(InputSelector);

    /// <summary>Types a query (replacing the last) and returns the listed results as (name, page path), in order.</summary>
    public async Task<IReadOnlyList<(string Name, string Path)>> FindAsync(string query)
    {
        await Input.FillAsync(string.Empty);
        Assert.Equal("false", await Input.GetAttributeAsync("aria-expanded"));
        await Input.FillAsync(query);
        // The first query waits for assets/search-index.js; later ones are answered within the input event.
        await page.WaitForFunctionAsync($"() => document.querySelector('{InputSelector}').getAttribute('aria-expanded') === 'true'");
        return await ResultsAsync();
    }

    public async Task<IReadOnlyList<(string Name, string Path)>> ResultsAsync()
    {
        var rows = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('#site-search-list [role=option]')].map(o => [o.querySelector('.site-search-name').textContent, o.getAttribute('data-path')])");
        return [.. rows.Select(r => (r[0], r[1]))];
    }

    public async Task<string> MoreTextAsync() => await page.Locator(".site-search-more").InnerTextAsync();
}
