using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plotly.NET;
using RoiReportGen.Rendering.Charts;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RoiReportGen.Tests.Charts;

/// <summary>
/// <see cref="ChartJson.Serialize(GenericChart, JsonObject?)"/> writes the figure itself (<see cref="FigureWriter"/>) rather than through
/// Plotly.NET's <c>GenericChart.toFigureJson</c>: it must write the very text that toFigureJson gives once read back and edited as the page
/// needs (no template, no width, autosize, no typeless trace, no frames, a config), for every kind of chart the report draws.
/// </summary>
public sealed class FigureJsonTests
{
    private static readonly double[] DonutValues = [2.0, 1.0];
    private static readonly string[] DonutLabels = ["post", "order"];
    private static readonly double[][] HeatmapZeros = [[0.0, 0.0]];
    private static readonly string[] HeatmapTiers = ["nano", "micro"];
    private static readonly string[] HeatmapPlatforms = ["Instagram"];

    public static TheoryData<string> Kinds => ["bars", "colours", "lines", "empty", "scatter", "donut", "heatmap", "with-defaults", "autosize-false"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Figure_json_is_plotly_nets_edited(string kind)
    {
        var chart = Chart(kind);
        var config = new JsonObject { ["locale"] = "en-IN", ["displaylogo"] = false };

        Assert.Equal(PlotlyNets(chart, config), ChartJson.Serialize(chart, config));
        Assert.Equal(PlotlyNets(chart, null), ChartJson.Serialize(chart));
    }

    [Fact]
    public void A_chart_made_with_plotly_nets_defaults_loses_its_template_and_width()
    {
        var json = JsonNode.Parse(ChartJson.Serialize(Chart("with-defaults")))!;

        var layout = json["layout"]!.AsObject();
        Assert.False(layout.ContainsKey("template"));
        Assert.False(layout.ContainsKey("width"));
        Assert.True(layout["autosize"]!.GetValue<bool>());
        Assert.Equal(["data", "layout", "config"], json.AsObject().Select(p => p.Key));
    }

    /// <summary>What the report embedded before: Plotly.NET's own JSON, read back, edited and written with the relaxed encoder.</summary>
    private static string PlotlyNets(GenericChart chart, JsonObject? config)
    {
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart))!.AsObject();
        var layout = figure["layout"]!.AsObject();
        layout.Remove("template");
        layout.Remove("width");
        layout["autosize"] = true;
        var data = figure["data"]!.AsArray();
        foreach (var trace in data.Where(t => t?["type"] is null).ToList())
        {
            data.Remove(trace);
        }

        figure.Remove("frames");
        figure["config"] = config?.DeepClone() ?? new JsonObject();
        return ChartJson.ForScriptBlock(figure.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static GenericChart Chart(string kind) => kind switch
    {
        "bars" => Bars.RoasLayout(
            Bars.Horizontal(
                "ROAS",
                [0.1, 1.0 / 3.0, 2.5, 1e-7, 123456789.125],
                [0, 1, 2, 3, 4],
                ["#d62728"],
                ["a ₹1", "b &amp; c", "\"quoted\"", "line<br>break</script>", "é \u2028 \t"],
                ["influencers/a.html", null, "campaigns/b.html", "brands/c.html", null]),
            ["A", "B", "C", "D", "E"]),
        // One colour per bar: a Color of colours, which only Plotly.NET's converter knows how to write.
        "colours" => Bars.Horizontal("ROAS", [1.5, 0.5], [0, 1], ["#2ca02c", "#d62728"], ["a", "b"], [null, null]),
        "lines" => ChartLayout.With(
            Plotly.NET.Chart.combine(
            [
                CSharpChart.Line<string, double, string>(x: ["2025-01-01", "2025-01-02"], y: [1.5, 2.0], Name: "Revenue", UseDefaults: false),
                Dyn.Traces(
                    CSharpChart.Line<string, double, string>(x: ["2025-01-01", "2025-01-02"], y: [0.0, -3.25], Name: "Payout", UseDefaults: false),
                    ("y", new double?[] { null, -3.25 }),
                    ("decimalish", 12.5m),
                    ("count", 3L)),
            ]),
            ChartLayout.Base(300)),
        "scatter" => Dyn.Hover(
            CSharpChart.Point<double, double, string>(x: [1.0, 2.0, 3.0], y: [0.05, 0.5, 5.0], Name: "Engagement", UseDefaults: false),
            ["x", "y", "z"]),
        "donut" => CSharpChart.Doughnut<double, string, string>(
            values: DonutValues, Name: "Payout", Labels: DonutLabels, SectionColors: new[] { Color.fromString("#111"), Color.fromString("#222") },
            Hole: 0.55, Sort: false, UseDefaults: false),
        "heatmap" => Dyn.Traces(
            CSharpChart.Heatmap<double, string, string, string>(zData: HeatmapZeros, X: HeatmapTiers, Y: HeatmapPlatforms, UseDefaults: false),
            ("z", new[] { new double?[] { 1.25, null } }),
            ("colorscale", new[] { new object[] { 0, "#d62728" }, new object[] { 1, "#2ca02c" } })),
        // Made with Plotly.NET's defaults: its 8 KB theme template and a fixed width are in the layout.
        "with-defaults" => CSharpChart.Line<string, double, string>(x: ["a"], y: [1.0], Name: "Revenue"),
        // An autosize the chart set itself keeps its place and becomes true.
        "autosize-false" => ChartLayout.With(
            CSharpChart.Line<string, double, string>(x: ["a"], y: [1.0], Name: "Revenue", UseDefaults: false),
            Dyn.Set(new Layout(), ("autosize", false), ("height", 200))),
        _ => ChartLayout.Empty("No data in this view"),
    };
}
