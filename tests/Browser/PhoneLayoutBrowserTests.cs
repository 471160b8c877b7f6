namespace RoiReportGen.Tests.Browser;

/// <summary>
/// Issue 16 item 3: the report fits a phone (360, 390 and 430 px) with every chart whole, the footer sits in the content
/// column at every width, and money axes read in Indian units. Screenshots per width land in the test output
/// (screenshots/layout-*.png); the ones looked at are under docs/screenshots/.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PhoneLayoutBrowserTests
{
    /// <summary>An influencer page with a weekly chart holding campaign window labels.</summary>
    public const string InfluencerPage = "influencers/inf001.html";

    private readonly ShippedReport report;

    public PhoneLayoutBrowserTests(ShippedReport report)
    {
        this.report = report;
    }

    public static TheoryData<int> Phones => [360, 390, 430];

    public static TheoryData<int> Widths => [360, 390, 430, 1280, 1440];

    [Theory]
    [MemberData(nameof(Phones))]
    public async Task On_a_phone_no_element_of_any_view_overflows_and_every_chart_keeps_its_parts_inside(int width)
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root, width, 800);
        var failures = new List<string>();
        foreach (var slug in report.Slugs)
        {
            await page.ShowViewAsync(slug);
            failures.AddRange((await page.Page.EvaluateAsync<string[]>(LayoutProbe.ViewportOverflow)).Select(f => $"{width} px, {slug}: {f}"));
            var charts = await page.Page.EvaluateAsync<string[]>(LayoutProbe.ChartParts);
            // The eight charts of the view and, in All, the counterfactual pictures beside them.
            Assert.True(int.Parse(charts[0], System.Globalization.CultureInfo.InvariantCulture) >= 8, $"{slug}: {charts[0]} charts drawn");
            failures.AddRange(charts.Skip(1).Select(f => $"{width} px, {slug}: {f}"));
        }

        Assert.Empty(failures);
    }

    /// <summary>Each phone width × an influencer page (weekly chart) and a campaign page (its counterfactual picture).</summary>
    public static TheoryData<int, string> PhonePages => new()
    {
        { 360, InfluencerPage }, { 390, InfluencerPage }, { 430, InfluencerPage },
        { 360, CampaignPage }, { 390, CampaignPage }, { 430, CampaignPage },
    };

    public const string CampaignPage = "campaigns/summerfit.html";

    [Theory]
    [MemberData(nameof(PhonePages))]
    public async Task On_a_phone_an_entity_page_does_not_overflow_and_its_chart_keeps_its_parts_inside(int width, string path)
    {
        await using var page = await ReportPage.OpenEntityAsync(report.Session, report.Root, path, width: width, height: 800);
        var overflow = await page.Page.EvaluateAsync<string[]>(LayoutProbe.ViewportOverflow);
        var charts = await page.Page.EvaluateAsync<string[]>(LayoutProbe.ChartParts);
        Assert.Equal("1", charts[0]);
        Assert.Empty(overflow.Concat(charts.Skip(1)));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_footer_lies_inside_the_content_column_and_a_screenshot_is_saved(int width)
    {
        var height = width < 600 ? 800 : 900;
        await using (var page = await ReportPage.OpenAsync(report.Session, report.Root, width, height))
        {
            AssertInColumn(await page.Page.EvaluateAsync<double[]>(LayoutProbe.FooterAndColumn), $"index at {width} px");
            await ScrollToAsync(page, "#view-all--top-roas");
            await SaveAsync(page, $"layout-index-{width}");
        }

        await using (var entity = await ReportPage.OpenEntityAsync(report.Session, report.Root, InfluencerPage, width: width, height: height))
        {
            AssertInColumn(await entity.Page.EvaluateAsync<double[]>(LayoutProbe.FooterAndColumn), $"{InfluencerPage} at {width} px");
            await ScrollToAsync(entity, "#weeks");
            await SaveAsync(entity, $"layout-influencer-{width}");
        }
    }

    [Fact]
    public async Task Insights_on_a_phone_use_the_full_width_without_a_bullet_indent()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root, 360, 800);
        // [the insights box's left, the first card's left, the card's list-style].
        var edges = await page.Page.EvaluateAsync<string[]>(
            "() => { const box = document.querySelector('#view-all--insights .insights'); const li = box.querySelector('li'); return [String(box.getBoundingClientRect().left), String(li.getBoundingClientRect().left), getComputedStyle(li).listStyleType]; }");
        Assert.Equal(double.Parse(edges[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(edges[1], System.Globalization.CultureInfo.InvariantCulture), 0.5);
        Assert.Equal("none", edges[2]);
    }

    [Fact]
    public async Task Money_axes_read_in_lakh_and_crore_units()
    {
        await using var page = await ReportPage.OpenAsync(report.Session, report.Root, 390, 800);
        // Revenue and payout: the largest bar is Sneha Malhotra's payout, ₹17,97,935 (the insights list it). 17.98L over
        // 5 steps is 3.6L a step, so the step is 5L; the ticks 0, 5L, 10L, 15L, 20L, of which 20L lies past the autorange
        // (about 18.9L) and is not drawn.
        Assert.Equal(
            ["₹0", "₹5L", "₹10L", "₹15L"],
            await TicksAsync(page, "view-all--chart-revenue-payout", "xtick"));

        // Every money axis of the view and of an influencer page: ₹ with K, L or Cr (or plain rupees), never Plotly's k or M.
        var labels = new List<string>();
        foreach (var (chart, axis) in new[] { ("view-all--chart-trend", "ytick"), ("view-all--chart-counterfactual-1", "ytick"), ("view-all--chart-counterfactual-1", "y2tick") })
        {
            labels.AddRange(await TicksAsync(page, chart, axis));
        }

        await using var entity = await ReportPage.OpenEntityAsync(report.Session, report.Root, InfluencerPage, width: 390, height: 800);
        labels.AddRange(await TicksAsync(entity, "view-entity--chart-weeks", "ytick"));
        Assert.True(labels.Count >= 8, string.Join(" ", labels));
        Assert.All(labels, l => Assert.Matches(@"^−?₹\d[\d,]*(\.\d{1,2})?(K|L|Cr)?$", l));
        Assert.Contains(labels, l => l.EndsWith('L'));
    }

    private static async Task<string[]> TicksAsync(ReportPage page, string chart, string axis) =>
        await page.Page.EvaluateAsync<string[]>(LayoutProbe.TickLabels, new[] { chart, axis });

    private static void AssertInColumn(double[] edges, string where)
    {
        var (columnLeft, columnRight, footerLeft, footerRight) = (edges[0], edges[1], edges[2], edges[3]);
        Assert.True(
            footerLeft >= columnLeft - 0.5 && footerRight <= columnRight + 0.5,
            $"{where}: footer text {footerLeft:0}..{footerRight:0} px, content column {columnLeft:0}..{columnRight:0} px");
    }

    // The section at the top of the window, under the sticky bars.
    private static async Task ScrollToAsync(ReportPage page, string selector)
    {
        await page.Page.EvaluateAsync("s => { document.querySelector(s).scrollIntoView({ block: 'start', behavior: 'instant' }); }", selector);
        await page.Page.WaitForTimeoutAsync(200);
    }

    // The window only (not the whole page): small enough to keep a few under docs/screenshots/.
    private static async Task SaveAsync(ReportPage page, string name) => await page.ScreenshotAsync(name);
}
