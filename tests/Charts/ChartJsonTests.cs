using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering.Charts;
using static RoiReportGen.Tests.Charts.ChartModels;

namespace RoiReportGen.Tests.Charts;

/// <summary>What every figure must be, whatever the data: valid, small, script-safe, stable.</summary>
public sealed partial class ChartJsonTests
{
    public static TheoryData<string> Models => ["small", "hostile", "empty", "large"];

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_figure_is_valid_json_without_template_width_guids_or_raw_markup(string kind)
    {
        var model = ModelOf(kind);
        var charts = ChartAssert.Build(model);
        Assert.Equal(model.Views.Count(), charts.Count);
        foreach (var (view, viewCharts) in charts)
        {
            Assert.Equal(8, viewCharts.All.Count);
            foreach (var figure in viewCharts.All)
            {
                var json = ChartAssert.Parse(figure);
                var layout = json["layout"]!.AsObject();
                Assert.False(layout.ContainsKey("template"), figure.FigureId);
                Assert.False(layout.ContainsKey("width"), figure.FigureId);
                Assert.True(layout["autosize"]!.GetValue<bool>());
                Assert.True(layout["height"]!.GetValue<int>() > 0);
                Assert.Equal("h", layout["legend"]!["orientation"]!.GetValue<string>());
                Assert.DoesNotContain('<', figure.FigureJson);
                Assert.DoesNotContain('>', figure.FigureJson);
                Assert.DoesNotContain('&', figure.FigureJson);
                Assert.False(Guid().IsMatch(figure.FigureJson), figure.FigureId);
                Assert.Matches("^view-[a-z0-9-]+--chart-[a-z0-9-]+$", figure.Id);
                Assert.Equal(figure.Id.Replace("--chart-", "--fig-", StringComparison.Ordinal), figure.FigureId);
                Assert.All(figure.Data.Rows, row => Assert.Equal(figure.Data.Columns.Count, row.Count));
            }
        }
    }

    [Fact]
    public void Hostile_names_reach_plotly_only_escaped_and_the_data_table_raw()
    {
        var model = ModelOf("hostile");
        foreach (var figure in ChartAssert.Build(model).Values.SelectMany(v => v.All))
        {
            // Decoded strings are what plotly.js renders as its HTML subset: no live tag may be in them.
            foreach (var text in ChartAssert.Strings(ChartAssert.Parse(figure)))
            {
                Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("\"", text);
            }
        }

        var all = ChartAssert.Build(model)[model.All];
        var top = ChartAssert.Strings(ChartAssert.Parse(all.TopRoas)).ToList();
        Assert.Contains(top, s => s.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", StringComparison.Ordinal));
        Assert.Contains(top, s => s.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", StringComparison.Ordinal));
        Assert.Contains(top, s => s.Contains(Braces, StringComparison.Ordinal));
        Assert.Contains("\\u0026lt;script", all.TopRoas.FigureJson, StringComparison.Ordinal);

        // The data table carries the raw text: the page template escapes it like every other cell.
        Assert.Contains(all.TopRoas.Data.Rows, r => r.Contains(Script));
        Assert.Contains(all.CampaignRoas.Data.Rows, r => r.Contains(Img));
    }

    [Fact]
    public void Two_builds_give_identical_json()
    {
        var first = ChartAssert.Build(ModelOf("large")).Values.SelectMany(v => v.All).Select(f => f.FigureJson).ToList();
        var second = ChartAssert.Build(ModelOf("large")).Values.SelectMany(v => v.All).Select(f => f.FigureJson).ToList();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Empty_data_gives_a_note_no_traces_and_empty_tables()
    {
        var model = ModelOf("empty");
        var all = ChartAssert.Build(model)[model.All];
        foreach (var figure in new[] { all.TopRoas, all.RevenuePayout, all.Engagement, all.CampaignRoas, all.BrandRoas, all.PersonaRoas })
        {
            Assert.Empty(ChartAssert.Data(figure));
            Assert.StartsWith("No ", ChartAssert.Layout(figure)["annotations"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Empty(figure.Data.Rows);
            Assert.NotEmpty(figure.Data.Columns);
        }
    }

    [Fact]
    public void Script_block_escaping_keeps_the_value()
    {
        var json = ChartJson.ForScriptBlock("{\"a\":\"</script><b>&amp;\"}");
        Assert.Equal("{\"a\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"}", json);
        Assert.Equal("</script><b>&amp;", JsonNode.Parse(json)!["a"]!.GetValue<string>());
    }

    internal static ReportModel ModelOf(string kind) => kind switch
    {
        "small" => Model([Influencer("a", "Instagram", 3000m, 1000m), Influencer("b", "YouTube", 500m, 1000m)], [Campaign("Summer", 3000m, 1000m)]),
        "hostile" => Model(
            [Influencer("a", Script, 3000m, 1000m, name: Script), Influencer("b", "Instagram", 2000m, 1000m, name: Img), Influencer("c", "Instagram", 1000m, 1000m, name: Braces)],
            [Campaign(Script, 3000m, 1000m, brand: Img), Campaign(Img, 500m, 1000m, startDay: 3), Campaign(Braces, 100m, 0m, baseline: null)],
            [Persona(Script, FollowerTier.Nano, 100m, 50m), Persona("Instagram", FollowerTier.Mega, 100m, 50m)],
            [new BrandSummary(Script, 1, 1, 1, 100m, 10m, 50m, 2m, 50m)]),
        "empty" => new ReportModel(MetricsOptions.Default, View("All", [], trendDays: 0) with { PayoutBasis = [] }, [], [], [], null, null),
        _ => Large(2000),
    };

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guid();
}
