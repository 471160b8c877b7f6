using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Incrementality;
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
        foreach (var view in document.QuerySelectorAll(".view"))
        {
            var section = view.QuerySelector("section[id$='--campaigns'] .counterfactual");
            Assert.NotNull(section);
            var charts = section!.QuerySelectorAll(".chart").ToList();
            Assert.NotEmpty(charts);
            foreach (var chart in charts)
            {
                // A platform view's figure may be the All view's block: the id is looked up in the whole page.
                var script = document.GetElementById(chart.GetAttribute("data-figure")!);
                Assert.NotNull(script);
                Assert.Equal("application/json", script!.GetAttribute("type"));
                var figure = JsonNode.Parse(script.TextContent)!;
                Assert.Equal(5, figure["data"]!.AsArray().Count);
                Assert.Equal("tonexty", figure["data"]![1]!["fill"]!.GetValue<string>());
                Assert.Equal("rect", figure["layout"]!["shapes"]![0]!["type"]!.GetValue<string>());
                Assert.StartsWith(view.Id + "--", chart.Id, StringComparison.Ordinal);
            }
        }
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
            new(hostile, 1m, CounterfactualSamples.Estimate(Verdicts.Incremental, series)),
            new(hostile + "2", 0m, CounterfactualSamples.Estimate(Verdicts.NoBaselineData, null)),
        ];
        var html = TemplateSet.Default.RenderHtml("counterfactual.sbn", CounterfactualBlocks.From(CounterfactualCharts.Build("all", pictures, null))!);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Equal(hostile + ": incremental", document.QuerySelector("select.cf-select option")!.TextContent);
        Assert.Equal(hostile + "2: no baseline data", document.QuerySelector(".cf-missing li")!.TextContent);
    }

    [Fact]
    public void At_ten_thousand_influencers_the_pictures_add_a_bounded_number_of_bytes()
    {
        var data = temp.Combine("data");
        Assert.Equal(0, CliRun.Of("simulate", "--out", data, "--influencers", "10000", "--tracking-rows", "200000").ExitCode);
        var model = ReportCalculator.Compute(DataSetLoader.Load(data), MetricsOptions.Default);
        var without = PageBytes(CounterfactualSite.Write(temp.Combine("without"), model, null));
        var with = PageBytes(CounterfactualSite.Write(temp.Combine("with"), model, CounterfactualPicture.Of));
        var growth = with - without;
        output.WriteLine($"{model.All.Campaigns.Count} campaigns, {model.Platforms.Count} platforms: index.html and views/ {without / 1024.0:0} KB without the pictures, {with / 1024.0:0} KB with (+{growth / 1024.0:0} KB)");
        Assert.True(growth < 400 * 1024, $"the pictures add {growth} bytes");
    }

    // index.html and every view file beside it: the pictures of the platform views are in views/.
    private static long PageBytes(string index)
    {
        var views = Path.Combine(Path.GetDirectoryName(index)!, "views");
        return new FileInfo(index).Length + Directory.GetFiles(views, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    }
}
