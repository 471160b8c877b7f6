using System.Text.Json;
using RoiReportGen.Rendering;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site;

/// <summary>index.html built from the hand-checked fixture: every SPEC 3 section in every view, the right KPIs.</summary>
[Collection(HandCheckedSiteGroup.Name)]
public sealed class SiteStructureTests
{
    private static readonly string[] SectionsInOrder =
    [
        "kpis", "insights", "recommendations", "top-roas", "revenue-payout", "engagement", "campaigns", "payout-basis",
        "trend", "brands", "personas", "data-quality", "downloads", "method",
    ];

    private readonly HandCheckedSite site;

    public SiteStructureTests(HandCheckedSite site)
    {
        this.site = site;
    }

    [Fact]
    public void There_is_a_tab_and_a_view_for_all_and_every_platform()
    {
        var tabs = site.Built.Document.QuerySelectorAll("[role=tab]").Select(t => (t.GetAttribute("data-view"), t.TextContent)).ToList();
        Assert.Equal([("all", "All"), ("instagram", "Instagram"), ("youtube", "YouTube")], tabs);
        // A view per tab and period: All time (view-all in index.html, the platforms' in views/), then the fixture's
        // Q4 FY2024-25 and its months Jan, Feb and Mar 2025 (its rows are dated 2025-01-01 to 2025-03-05).
        var views = site.Built.Document.QuerySelectorAll(".view").ToList();
        string[] periods = ["fy2024-25-q4", "2025-01", "2025-02", "2025-03"];
        Assert.Equal(
            [
                "view-all", "view-instagram", "view-youtube",
                .. periods.SelectMany(p => new[] { $"view-all_{p}", $"view-instagram_{p}", $"view-youtube_{p}" }),
            ],
            views.Select(v => v.Id));
        Assert.All(views, v => Assert.Equal($"tab-{v.GetAttribute("data-view")}", v.GetAttribute("aria-labelledby")));
        Assert.False(views[0].HasAttribute("hidden"));
        Assert.All(views.Skip(1), v => Assert.True(v.HasAttribute("hidden")));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("instagram")]
    [InlineData("youtube")]
    public void Every_view_has_every_section_in_spec_order_with_a_heading_and_a_nav_link(string slug)
    {
        var view = site.Built.Document.GetElementById($"view-{slug}")!;
        var sections = view.QuerySelectorAll("section.report-section").Select(s => s.Id).ToList();
        Assert.Equal(SectionsInOrder.Select(s => $"view-{slug}--{s}"), sections);
        Assert.All(view.QuerySelectorAll("section.report-section"), s => Assert.NotNull(s.QuerySelector("h2")));
        var links = view.QuerySelectorAll(".section-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(SectionsInOrder.Select(s => $"#view-{slug}--{s}"), links);
    }

    [Fact]
    public void Kpi_cards_of_each_view_equal_its_metrics()
    {
        foreach (var (view, slug) in site.Model.Views.Zip(["all", "instagram", "youtube"]))
        {
            var cards = site.Built.Document.QuerySelectorAll($"#view-{slug}--kpis .kpi")
                .ToDictionary(k => k.QuerySelector(".kpi-label")!.TextContent, k => k.QuerySelector(".kpi-value")!.TextContent);
            Assert.Equal(DisplayFormat.Money(view.Kpis.Revenue), cards["Revenue"]);
            Assert.Equal(DisplayFormat.Money(view.Kpis.Payout), cards["Payout"]);
            Assert.Equal(DisplayFormat.Ratio(view.Kpis.Roas), cards["ROAS"]);
            Assert.Equal(DisplayFormat.Ratio(view.Kpis.Iroas.Iroas), cards["iROAS"]);
            Assert.Equal(DisplayFormat.Count(view.Kpis.Orders), cards["Orders"]);
            Assert.Equal(DisplayFormat.Count(view.Kpis.Influencers), cards["Influencers"]);
            Assert.Equal(DisplayFormat.Count(view.Kpis.Posts), cards["Posts"]);
        }

        // Worked by hand from the fixture: 8700 revenue, 6900 payout, ROAS 1.26; YouTube 3200 / 4000.
        Assert.Equal("₹8,700", site.Built.Document.QuerySelector("#view-all--kpis .kpi-value")!.TextContent);
        Assert.Equal("0.80", site.Built.Document.QuerySelectorAll("#view-youtube--kpis .kpi-value")[2].TextContent);
    }

    [Fact]
    public void The_iroas_card_states_its_90_percent_interval()
    {
        // Worked in SummaryMarkdownTests: All (5650 + 3200) / 6900 = 1.28, 90% 7186.60 / 6900 = 1.04 to 10513.40 / 6900 = 1.52.
        var card = site.Built.Document.QuerySelectorAll("#view-all--kpis .kpi")
            .Single(k => k.QuerySelector(".kpi-label")!.TextContent == "iROAS");
        Assert.Equal("1.28", card.QuerySelector(".kpi-value")!.TextContent);
        Assert.Equal("90% interval 1.04–1.52, over 2 of 2 campaigns with an estimate", card.QuerySelector(".kpi-note")!.TextContent);
    }

    [Fact]
    public void The_campaign_table_shows_incremental_revenue_iroas_with_interval_verdict_and_share()
    {
        using var table = JsonDocument.Parse(site.Built.Document.GetElementById("view-all--tbl-campaigns")!.TextContent);
        var keys = table.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList();
        Assert.Equal(["incremental", "iroas", "iroas90", "verdict", "lift", "share"], keys.SkipWhile(k => k != "incremental").Take(6));
        Assert.DoesNotContain("baseline", keys);                  // the naive method is in the download only
        var summerFit = table.RootElement.GetProperty("rows").EnumerateArray()
            .Single(r => r[keys.IndexOf("campaign")].ToString() == "SummerFit");
        Assert.Equal("1.37–2.52", summerFit[keys.IndexOf("iroas90")].GetString());   // 3986.60 / 2900, 7313.40 / 2900
        Assert.Equal("pays back", summerFit[keys.IndexOf("verdict")].GetString());
        Assert.Equal("incremental", summerFit[keys.IndexOf("lift")].GetString());
    }

    [Fact]
    public void The_all_table_embeds_every_influencer_and_platform_tabs_borrow_their_rows_from_it()
    {
        using var all = JsonDocument.Parse(site.Built.Document.GetElementById("view-all--tbl-influencers")!.TextContent);
        var rows = all.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        var platformColumn = all.RootElement.GetProperty("columns").EnumerateArray().ToList().FindIndex(c => c.GetProperty("key").GetString() == "platform");
        Assert.Equal(2, rows.Count(r => r[platformColumn].GetString() == "Instagram"));

        using var instagram = JsonDocument.Parse(site.Built.Document.GetElementById("view-instagram--tbl-influencers")!.TextContent);
        Assert.False(instagram.RootElement.TryGetProperty("rows", out _));
        Assert.Equal("view-all--tbl-influencers", instagram.RootElement.GetProperty("rowsFrom").GetString());
        Assert.Equal("platform", instagram.RootElement.GetProperty("filter").GetProperty("column").GetString());
        Assert.Equal("Instagram", instagram.RootElement.GetProperty("filter").GetProperty("equals").GetString());
        Assert.Equal("downloads/instagram/influencer_summary.csv", instagram.RootElement.GetProperty("download").GetString());
        Assert.NotNull(site.Built.Document.QuerySelector(".data-table[data-source='view-instagram--tbl-influencers']"));
    }

    [Fact]
    public void Every_chart_has_a_container_an_accessible_label_its_figure_json_and_its_numbers()
    {
        var charts = site.Built.Document.QuerySelectorAll(".chart").ToList();
        // The eight charts of each view: 3 tabs × 5 periods (All time, Q4 FY2024-25, Jan, Feb, Mar 2025) = 15 views;
        // the counterfactual pictures are counted in CounterfactualSiteTests.
        static bool Plain(AngleSharp.Dom.IElement e) => e.Closest(".counterfactual") is null;
        Assert.Equal(15 * 8, charts.Count(Plain));
        Assert.All(charts, chart =>
        {
            Assert.Contains("--chart-", chart.Id, StringComparison.Ordinal);
            Assert.Equal("img", chart.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(chart.GetAttribute("aria-label")));
            var figure = site.Built.Document.GetElementById(chart.GetAttribute("data-figure")!)!;
            Assert.Equal("application/json", figure.GetAttribute("type"));
            using var parsed = JsonDocument.Parse(figure.TextContent);
            Assert.True(parsed.RootElement.TryGetProperty("data", out _));
        });
        Assert.Equal(charts.Count(Plain), site.Built.Document.QuerySelectorAll("details.chart-data table").Count(Plain));
    }

    [Fact]
    public void Downloads_section_links_every_csv_of_the_view_and_each_exists()
    {
        var links = site.Built.Document.QuerySelectorAll("#view-youtube--downloads a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(7, links.Count);   // six summaries and recommendations.csv
        Assert.All(links, href =>
        {
            Assert.StartsWith("downloads/youtube/", href, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site.Built.Root, href)), href);
        });
    }

    [Fact]
    public void Data_quality_counts_issues_by_file_and_reason()
    {
        var text = site.Built.Document.GetElementById("view-all--data-quality")!.TextContent;
        Assert.Contains("tracking_data.csv", text, StringComparison.Ordinal);
        Assert.Contains("excluded", text, StringComparison.Ordinal);
        using var issues = JsonDocument.Parse(site.Built.Document.GetElementById("view-all--tbl-issues")!.TextContent);
        Assert.Equal(3, issues.RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public void Method_states_the_definitions_and_the_baseline_option_used()
    {
        var method = site.Built.Document.QuerySelector("#view-all--method .method")!.TextContent;
        Assert.Contains("reach", method, StringComparison.Ordinal);
        Assert.Contains("28 days", method, StringComparison.Ordinal);
        Assert.Contains("no baseline data", method, StringComparison.Ordinal);
        Assert.Contains("ROAS", method, StringComparison.Ordinal);
    }

    [Fact]
    public void Insights_quote_their_numbers()
    {
        var insights = site.Built.Document.QuerySelector("#view-all--insights .insights")!.TextContent;
        // Best ROAS: I1 4500 / 1700 = 2.65; MusclePush is the campaign below ROAS 1 (0.80).
        Assert.Contains("Asha Rao has the highest ROAS, 2.65", insights, StringComparison.Ordinal);
        Assert.Contains("MusclePush (0.80", insights, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_local_reference_is_relative_and_nothing_comes_from_the_network()
    {
        var references = site.Built.Document.QuerySelectorAll("[href],[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r =>
        {
            Assert.DoesNotContain("//", r, StringComparison.Ordinal);
            Assert.False(r.StartsWith('/'), r);
        });
    }
}
