using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Browser;

/// <summary>Issue 16's tables: key columns in view, sticky first column, totals row, "Download these rows".</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class TableBrowserTests
{
    private const string Table = "[data-source='view-all--tbl-influencers']";

    // A cell's shown number without its break-even symbol and the words for screen readers.
    private const string CellNumber = "c => { const x = c.cloneNode(true); x.querySelectorAll('.be-mark, .sr-only').forEach(n => n.remove()); return x.textContent.trim(); }";

    private readonly ShippedReport report;

    public TableBrowserTests(ShippedReport report)
    {
        this.report = report;
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(1440)]
    public async Task Name_revenue_payout_and_roas_show_without_horizontal_scroll(int width)
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root, width, 900);
        var table = page.Page.Locator(Table);
        await table.ScrollIntoViewIfNeededAsync();
        foreach (var heading in new[] { "Influencer", "Revenue", "Payout", "ROAS" })
        {
            var index = await ColumnIndex(table, heading);
            // The heading and the first row's cell: inside the window and inside the scroll box as it stands (unscrolled).
            var rights = await table.EvaluateAsync<double[]>(
                """
                (host, i) => {
                  const box = host.querySelector('.dt-scroll').getBoundingClientRect();
                  const th = host.querySelectorAll('thead tr.dt-heads th')[i].getBoundingClientRect();
                  const td = host.querySelector('tbody tr').children[i].getBoundingClientRect();
                  return [Math.max(th.right, td.right), box.right, window.innerWidth, host.querySelector('.dt-scroll').scrollLeft];
                }
                """, index);
            Assert.True(rights[0] <= rights[1] && rights[0] <= rights[2], $"{width} px: {heading} ends at {rights[0]}, the table box at {rights[1]}, the window at {rights[2]}");
            Assert.Equal(0, rights[3]);
        }

        await page.ScreenshotAsync($"table-influencers-{width}");
    }

    [Fact]
    public async Task The_first_column_stays_put_when_the_table_scrolls_sideways()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root, 700, 900);
        var table = page.Page.Locator(Table);
        await table.ScrollIntoViewIfNeededAsync();
        const string Lefts = "host => { const s = host.querySelector('.dt-scroll'); return [s.getBoundingClientRect().left, host.querySelector('tbody tr > th').getBoundingClientRect().left, host.querySelector('tbody tr > td').getBoundingClientRect().left, s.scrollWidth - s.clientWidth]; }";
        var before = await table.EvaluateAsync<double[]>(Lefts);
        Assert.True(before[3] > 200, $"the table should need sideways scrolling at 700 px ({before[3]} px)");
        await table.EvaluateAsync("host => { host.querySelector('.dt-scroll').scrollLeft = 200; }");
        var after = await table.EvaluateAsync<double[]>(Lefts);
        Assert.Equal(before[1], after[1], 0.5);            // the name cell did not move
        Assert.Equal(before[2] - 200, after[2], 0.5);      // the cells after it did
        Assert.InRange(after[1] - after[0], 0, 2);          // still at the box's left edge (inside its border)
        await page.ScreenshotAsync("table-sticky-first-column");
    }

    [Fact]
    public async Task The_totals_row_is_all_rows_and_agrees_with_the_kpis_then_follows_the_search()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        var table = page.Page.Locator(Table);
        var file = CsvDownload.Read(Path.Combine(report.Root, "downloads", "influencer_summary.csv"));
        var totals = await Totals(table);
        Assert.Equal($"Total (all {file.Rows.Count})", totals["Influencer"]);
        var kpis = await page.Page.Locator("#view-all--kpis .kpi").EvaluateAllAsync<string[][]>(
            "cards => cards.map(c => [c.querySelector('.kpi-label').innerText.trim(), c.querySelector('.kpi-value').innerText.trim()])");
        var cards = kpis.ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);
        Assert.Equal(cards["Revenue"], totals["Revenue"]);
        Assert.Equal(cards["Payout"], totals["Payout"]);
        Assert.Equal(cards["ROAS"], totals["ROAS"]);
        Assert.Equal(cards["Orders"], totals["Orders"]);
        Assert.Equal(cards["Posts"], totals["Posts"]);
        Assert.Equal(string.Empty, totals["Engagement"]);  // a mean of post rates has no total
        var roasTotal = table.Locator("tfoot td.be-above, tfoot td.be-below").First;
        Assert.Matches("^(▲|▼) .* \\((above|below) break-even\\)$", await roasTotal.TextContentAsync());

        // A search narrows the rows: the totals are those rows' (ratio of their sums), read here from their download.
        await table.Locator(".dt-search").FillAsync("singh");
        var shown = await DownloadAsync(page, table);
        decimal Sum(string column) => shown.Rows.Sum(r => CsvDownload.Number(r, column) ?? 0m);
        totals = await Totals(table);
        Assert.Equal($"Total of {shown.Rows.Count} matching rows", totals["Influencer"]);
        Assert.Equal(DisplayFormat.Money(Sum("revenue")), totals["Revenue"]);
        Assert.Equal(DisplayFormat.Money(Sum("payout")), totals["Payout"]);
        Assert.Equal(DisplayFormat.Ratio(Sum("revenue") / Sum("payout")), totals["ROAS"]);
    }

    [Fact]
    public async Task Download_these_rows_writes_every_searched_row_in_the_shown_order()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        var table = page.Page.Locator(Table);
        await table.Locator(".dt-search").FillAsync("a");
        await table.Locator("th button", new LocatorLocatorOptions { HasText = "Payout" }).ClickAsync();
        var status = await table.Locator(".dt-status").InnerTextAsync();
        var matching = int.Parse(status.Split(" of ")[1].Split(' ')[0], CultureInfo.InvariantCulture);
        Assert.True(matching > 25, $"the search should leave more than one page ({status})");

        // The table's rows, page by page, as shown.
        var names = new List<string>();
        var payouts = new List<string>();
        var payoutIndex = await ColumnIndex(table, "Payout");
        while (true)
        {
            names.AddRange(await table.Locator("tbody tr > th").AllInnerTextsAsync());
            payouts.AddRange(await table.Locator("tbody tr").EvaluateAllAsync<string[]>("(rows, i) => rows.map(r => r.children[i].innerText.trim())", payoutIndex));
            if (await table.Locator(".dt-next").IsDisabledAsync())
            {
                break;
            }

            await table.Locator(".dt-next").ClickAsync();
        }

        var download = await DownloadAsync(page, table);
        Assert.Equal(matching, download.Rows.Count);
        Assert.Equal(names, download.Rows.Select(r => r["name"]));
        Assert.Equal(payouts, download.Rows.Select(r => DisplayFormat.Money(CsvDownload.Number(r, "payout"))));
        Assert.Equal(download.Rows.Select(r => CsvDownload.Number(r, "payout")).OrderDescending(), download.Rows.Select(r => CsvDownload.Number(r, "payout")));
    }

    [Fact]
    public async Task Download_these_rows_unsearched_matches_the_csv_file_for_the_shared_columns()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root);
        var table = page.Page.Locator(Table);
        var download = await DownloadAsync(page, table);
        var file = CsvDownload.Read(Path.Combine(report.Root, "downloads", "influencer_summary.csv"));

        // The file's format: BOM, CRLF after every line (RFC 4180), the same header names.
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), download.Bytes.Take(3));
        var text = Encoding.UTF8.GetString(download.Bytes.AsSpan(3));
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        var shared = download.Header.Intersect(file.Header).ToList();
        Assert.Equal(["name", "revenue", "payout", "roas", "net_return", "orders", "cost_per_order", "cpm", "payment_basis", "follower_count", "posts", "reach", "engagement_rate", "engagement_rate_weighted", "platform", "category", "influencer_id"], shared);

        // Same rows in the same order; each shared cell as the file writes it, at the page's precision (money to the
        // paisa, ratios and rates to 6 decimals: TableJson.ForDisplay), which the file's values are rounded to here.
        Assert.Equal(file.Rows.Count, download.Rows.Count);
        string[] ratios = ["roas", "engagement_rate", "engagement_rate_weighted"];
        string[] money = ["revenue", "payout", "net_return", "cost_per_order", "cpm"];
        foreach (var (shown, written) in download.Rows.Zip(file.Rows))
        {
            foreach (var column in shared)
            {
                var expected = written[column];
                if (expected.Length > 0 && (ratios.Contains(column) || money.Contains(column)))
                {
                    var value = decimal.Parse(expected, CultureInfo.InvariantCulture);
                    expected = CsvColumns.FormatNumber(Math.Round(value, money.Contains(column) ? 2 : 6, MidpointRounding.AwayFromZero));
                }

                Assert.True(expected == shown[column], $"{written["influencer_id"]} {column}: file {written[column]}, page download {shown[column]}");
            }
        }
    }

    private static async Task<int> ColumnIndex(ILocator table, string heading) =>
        await table.Locator("thead tr.dt-heads th").EvaluateAllAsync<int>(
            "(ths, heading) => ths.findIndex(th => th.textContent.trim() === heading)", heading);

    private static async Task<Dictionary<string, string>> Totals(ILocator table)
    {
        var headings = await table.Locator("thead tr.dt-heads th").AllTextContentsAsync();
        var cells = await table.Locator("tfoot tr > *").EvaluateAllAsync<string[]>($"cells => cells.map({CellNumber})");
        return headings.Select(h => h.Trim()).Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private static async Task<CsvDownload> DownloadAsync(ReportPage page, ILocator table)
    {
        var download = await page.Page.RunAndWaitForDownloadAsync(() => table.Locator(".dt-download").ClickAsync());
        Assert.EndsWith("-rows.csv", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"roireportgen-{Guid.NewGuid():N}.csv");
        await download.SaveAsAsync(path);
        try
        {
            return CsvDownload.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
