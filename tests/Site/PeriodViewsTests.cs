using System.Text.Json;
using AngleSharp.Html.Parser;
using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

/// <summary>
/// The page architecture against ReportModel.Periods (issue 13 items 2-3): index.html holds the shell and
/// All × All time, every other platform × period view is views/PLATFORM/PERIOD.js from the same view template. The
/// hand-checked fixture's rows are dated Jan, Feb and Mar 2025 (tracking_data.csv, posts.csv), so its periods are All
/// time, Q4 FY2024-25 (Jan-Mar 2025) and the three months: the page lays out the periods the metrics give it.
/// </summary>
public sealed class PeriodViewsTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly string root;

    public PeriodViewsTests()
    {
        var model = ReportCalculator.Compute(DataSetLoader.Load(temp.CopyFixture("handchecked")), MetricsOptions.Default);
        root = temp.Combine("site");
        Directory.CreateDirectory(root);
        SiteWriter.WritePage(root, model, ViewSlugs.Assign(model.Views), CounterfactualPicture.Of, SiteOptions.Default, TemplateSet.Default);
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Index_holds_one_view_and_every_other_platform_by_period_view_has_its_own_file()
    {
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(root, "index.html")));
        Assert.Equal(["view-all"], index.QuerySelectorAll(".view").Select(v => v.Id));

        // 5 periods (All time, Q4 FY2024-25, Jan, Feb, Mar 2025) × 3 views (all, instagram, youtube) = 15,
        // less All × All time in index.html = 14 files.
        var files = Directory.GetFiles(Path.Combine(root, "views"), "*.js", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "views/all/2025-01.js", "views/all/2025-02.js", "views/all/2025-03.js", "views/all/fy2024-25-q4.js",
                "views/instagram/2025-01.js", "views/instagram/2025-02.js", "views/instagram/2025-03.js", "views/instagram/all.js", "views/instagram/fy2024-25-q4.js",
                "views/youtube/2025-01.js", "views/youtube/2025-02.js", "views/youtube/2025-03.js", "views/youtube/all.js", "views/youtube/fy2024-25-q4.js",
            ],
            files);
        var (platform, period, _) = SiteDocument.Read(Path.Combine(root, "views", "instagram", "2025-03.js"));
        Assert.Equal(("instagram", "2025-03"), (platform, period));
    }

    [Fact]
    public void The_period_selector_lists_all_time_then_quarters_and_months_in_groups_with_a_label()
    {
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(root, "index.html")));
        var select = index.GetElementById("period-select")!;
        Assert.Equal("Period", index.QuerySelector("label[for='period-select']")!.TextContent);
        Assert.Equal(
            [
                ("", "all", "All time"), ("Financial-year quarters", "fy2024-25-q4", "Q4 FY2024-25"),
                ("Months", "2025-01", "Jan 2025"), ("Months", "2025-02", "Feb 2025"), ("Months", "2025-03", "Mar 2025"),
            ],
            select.QuerySelectorAll("option").Select(o => (o.ParentElement!.GetAttribute("label") ?? "", o.GetAttribute("value")!, o.TextContent)));
        Assert.True(select.QuerySelector("option[value='all']")!.HasAttribute("selected"));
    }

    [Fact]
    public void A_month_view_has_its_own_ids_heading_downloads_and_rows_from_the_same_template()
    {
        var document = SiteDocument.Load(root);
        var month = document.GetElementById("view-instagram_2025-03")!;
        Assert.Equal(("instagram", "2025-03", "tab-instagram"), (month.GetAttribute("data-view"), month.GetAttribute("data-period"), month.GetAttribute("aria-labelledby")));
        Assert.Equal("Instagram · Mar 2025", month.QuerySelector(".view-heading")!.TextContent);
        Assert.Equal(
            DownloadsWriter.FileNames.Select(f => f == "data_issues.csv" ? "downloads/instagram/data_issues.csv" : $"downloads/instagram/2025-03/{f}"),
            month.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")));
        Assert.Equal(
            DownloadsWriter.FileNames.Select(f => $"downloads/{f}"),
            document.GetElementById("view-all")!.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")));

        // The same template: the same sections, ids prefixed by the view's key.
        string[] Sections(string id) => [.. document.GetElementById(id)!.QuerySelectorAll("section.report-section").Select(s => s.Id![(id.Length + 2)..])];
        Assert.Equal(Sections("view-all"), Sections("view-instagram_2025-03"));
        Assert.Equal(Sections("view-all"), Sections("view-all_fy2024-25-q4"));
        Assert.All(month.QuerySelectorAll("[id]"), e => Assert.StartsWith("view-instagram_2025-03--", e.Id, StringComparison.Ordinal));

        // A month's influencers are other rows than All time's: the month view embeds its own.
        using var table = JsonDocument.Parse(document.GetElementById("view-instagram_2025-03--tbl-influencers")!.TextContent);
        Assert.True(table.RootElement.TryGetProperty("rows", out _));
        using var allTime = JsonDocument.Parse(document.GetElementById("view-instagram--tbl-influencers")!.TextContent);
        Assert.Equal("view-all--tbl-influencers", allTime.RootElement.GetProperty("rowsFrom").GetString());
    }

    [Fact]
    public void Every_view_points_only_at_figures_and_tables_in_itself_or_in_index_html()
    {
        // A view file may be the only one loaded besides index.html: what it borrows must be in index.html.
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(root, "index.html")));
        var document = SiteDocument.Load(root);
        foreach (var view in document.QuerySelectorAll(".view"))
        {
            var references = view.QuerySelectorAll("[data-figure]").Select(e => e.GetAttribute("data-figure")!)
                .Concat(view.QuerySelectorAll("select.cf-select option").Select(o => o.GetAttribute("value")!))
                .Concat(view.QuerySelectorAll("script[type='application/json']")
                    .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
                    .Where(j => j.ValueKind == JsonValueKind.Object && j.TryGetProperty("rowsFrom", out _))
                    .Select(j => j.GetProperty("rowsFrom").GetString()!));
            Assert.All(references, id => Assert.True(
                view.QuerySelector($"[id='{id}']") is not null || index.GetElementById(id) is not null,
                $"{view.Id} points at {id}, which is neither in it nor in index.html"));
        }
    }
}
