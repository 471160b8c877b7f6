using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Incrementality;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Tests.Charts;
using RoiReportGen.Tests.Support;
using Xunit.Abstractions;

namespace RoiReportGen.Tests.Site;

/// <summary>The counterfactual pictures in the page: every figure resolvable, the select's options drawable, data escaped, weight bounded.</summary>
public sealed class CounterfactualSiteTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private IHtmlDocument Shipped()
    {
        var model = ReportCalculator.Compute(DataSetLoader.Load(RepoPaths.Data), MetricsOptions.Default);
        CounterfactualSite.Write(temp.Combine("site"), model, CounterfactualPicture.Of);
        return SiteDocument.Load(temp.Combine("site"));
    }

    [Fact]
    public void Every_picture_in_every_view_points_at_a_figure_block_with_the_five_traces_and_the_window()
    {
        var document = Shipped();
        var pictures = 0;
        foreach (var view in document.QuerySelectorAll(".view"))
        {
            var section = view.QuerySelector("section[id$='--campaigns'] .counterfactual");
            Assert.NotNull(section);
            var charts = section!.QuerySelectorAll(".chart").ToList();

            // Every shipped campaign has an estimate, so a view draws pictures exactly when a campaign touches it:
            // a month no campaign window touches (Apr 2025, Mar 2026) says so instead of showing an empty grid.
            using var table = JsonDocument.Parse(view.QuerySelector("script[id$='--tbl-campaigns']")!.TextContent);
            var campaigns = table.RootElement.GetProperty("rows").GetArrayLength();
            Assert.True(campaigns > 0 == charts.Count > 0, $"{view.Id}: {campaigns} campaigns, {charts.Count} pictures");
            Assert.Equal(campaigns == 0, section.TextContent.Contains("No campaign in this view has an estimate to draw.", StringComparison.Ordinal));
            foreach (var chart in charts)
            {
                // A platform or period view's figure may be the All view's block: the id is looked up in the whole page.
                var script = document.GetElementById(chart.GetAttribute("data-figure")!);
                Assert.NotNull(script);
                Assert.Equal("application/json", script!.GetAttribute("type"));
                var figure = JsonNode.Parse(script.TextContent)!;
                Assert.Equal(5, figure["data"]!.AsArray().Count);
                Assert.Equal("tonexty", figure["data"]![1]!["fill"]!.GetValue<string>());
                Assert.Equal("rect", figure["layout"]!["shapes"]![0]!["type"]!.GetValue<string>());
                Assert.StartsWith(view.Id + "--", chart.Id, StringComparison.Ordinal);
                pictures++;
            }
        }

        // The shipped views: 4 tabs × (All time + 4 quarters + 12 months). The All × All-time view alone draws 7
        // pictures (8 campaigns, MusclePush and ProteinWeek sharing one: 6 panels and the picker's 1 option), so the
        // loop above checked real pictures, and more than those.
        Assert.Equal(4 * 17, document.QuerySelectorAll(".view").Length);
        Assert.Equal(6 + 1, document.GetElementById("view-all")!.QuerySelectorAll(".counterfactual .chart").Length);
        Assert.True(pictures > 7, $"{pictures} pictures");
    }

    [Fact]
    public void The_overlap_group_shares_one_captioned_picture_and_the_select_draws_every_other_campaign()
    {
        var document = Shipped();
        var all = document.GetElementById("view-all")!;
        var captions = all.QuerySelectorAll(".cf-panel figcaption").Select(f => f.TextContent).ToList();
        // The shipped data's MusclePush overlaps ProteinWeek on the same products.
        Assert.Single(captions, c => c == "MusclePush and ProteinWeek: overlapping, estimated together (one shared picture)");
        Assert.DoesNotContain(captions, c => c.StartsWith("MusclePush:", StringComparison.Ordinal) || c.StartsWith("ProteinWeek:", StringComparison.Ordinal));

        var select = (IHtmlSelectElement)all.QuerySelector("select.cf-select")!;
        var picker = document.GetElementById(select.GetAttribute("data-chart")!)!;
        Assert.Equal(select.Options[0]!.Value, picker.GetAttribute("data-figure"));
        Assert.Equal(select.Id, all.QuerySelector(".cf-picker label")!.GetAttribute("for"));
        Assert.All(select.Options, o => Assert.NotNull(document.GetElementById(o.Value)));
        // Drawn pictures and options together: each drawable campaign (or group) once.
        var drawn = captions.Concat(select.Options.Select(o => o.TextContent)).ToList();
        Assert.Equal(drawn.Count, drawn.Distinct().Count());
    }

    [Fact]
    public void Campaign_names_are_text_in_captions_options_and_lists_never_markup()
    {
        const string hostile = "<img src=x onerror=alert(1)>&amp;";
        var series = CounterfactualSamples.Synthetic(CounterfactualSamples.Date("2025-05-01"), CounterfactualSamples.Date("2025-05-09"), 900m, 100m);
        IReadOnlyList<CounterfactualPicture> pictures =
        [
            .. CounterfactualSamples.Lone(6),
            new(hostile, 1m, CounterfactualSamples.Estimate(LiftWords.Incremental, series)),
            new(hostile + "2", 0m, CounterfactualSamples.Estimate(LiftWords.NoBaselineData, null)),
        ];
        var html = TemplateSet.Default.RenderHtml("counterfactual.sbn", CounterfactualBlocks.From(CounterfactualCharts.Build("all", pictures, null))!);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Equal(hostile + ": unclear; lift: incremental", document.QuerySelector("select.cf-select option")!.TextContent);
        Assert.Equal(hostile + "2: no baseline data", document.QuerySelector(".cf-missing li")!.TextContent);
    }

    [Fact]
    public void At_ten_thousand_influencers_the_pictures_add_a_bounded_number_of_bytes()
    {
        var data = temp.Combine("data");
        Assert.Equal(0, CliRun.Of("simulate", "--out", data, "--influencers", "10000", "--tracking-rows", "200000").ExitCode);
        var model = ReportCalculator.Compute(DataSetLoader.Load(data), MetricsOptions.Default);
        var without = FileBytes(CounterfactualSite.Write(temp.Combine("without"), model, null));
        var with = FileBytes(CounterfactualSite.Write(temp.Combine("with"), model, CounterfactualPicture.Of));
        Assert.Equal(without.Keys.Order(StringComparer.Ordinal), with.Keys.Order(StringComparer.Ordinal));
        var growth = with.ToDictionary(f => f.Key, f => f.Value - without[f.Key]);
        var index = growth[SiteWriter.IndexFile];
        var largestView = growth.Where(g => g.Key != SiteWriter.IndexFile).MaxBy(g => g.Value);
        output.WriteLine(
            $"{model.All.Campaigns.Count} campaigns, {model.Platforms.Count} platforms, {growth.Count - 1} view files: the pictures add " +
            $"{index / 1024.0:0} KB to index.html, at most {largestView.Value / 1024.0:0} KB to a view file ({largestView.Key}), " +
            $"{growth.Values.Sum() / 1024.0:0} KB in all");

        // What a reader loads to see any one view (index.html and that view's file) grows by a bounded amount: the
        // figures are embedded once, in index.html; a view file adds its own panels' captions and numbers and embeds
        // only a figure index.html does not hold. The total over every view file grows with the number of views
        // (platforms × periods) by design: each is loaded only when shown.
        Assert.True(index + largestView.Value < 400 * 1024, $"index.html +{index} bytes, {largestView.Key} +{largestView.Value} bytes");
        var indexFigures = FigureBlocks(File.ReadAllText(Path.Combine(temp.Combine("with"), SiteWriter.IndexFile)));
        foreach (var view in with.Keys.Where(k => k != SiteWriter.IndexFile))
        {
            var (_, _, html) = SiteDocument.Read(Path.Combine(temp.Combine("with"), view));
            Assert.Empty(FigureBlocks(html).Intersect(indexFigures));
        }
    }

    // index.html and every view file beside it, by path relative to the site: the pictures of the other views are in views/.
    private static Dictionary<string, long> FileBytes(string index)
    {
        var root = Path.GetDirectoryName(index)!;
        return Directory.GetFiles(Path.Combine(root, "views"), "*", SearchOption.AllDirectories).Append(index)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => new FileInfo(f).Length);
    }

    // The figure JSON of every counterfactual picture block in the HTML (by content: ids differ between views).
    private static HashSet<string> FigureBlocks(string html) =>
        [.. new HtmlParser().ParseDocument(html).QuerySelectorAll("script[type='application/json'][id*='--fig-counterfactual-']").Select(s => s.TextContent)];
}
