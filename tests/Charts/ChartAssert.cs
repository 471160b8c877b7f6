using System.Text.Json.Nodes;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Charts;

namespace RoiReportGen.Tests.Charts;

internal static class ChartAssert
{
    public static IReadOnlyDictionary<PlatformReport, ViewCharts> Build(ReportModel model) =>
        ReportCharts.Build(model, ViewSlugs.Assign(model.Views));

    public static JsonObject Parse(ChartFigure figure) => JsonNode.Parse(figure.FigureJson)!.AsObject();

    public static JsonArray Data(ChartFigure figure) => Parse(figure)["data"]!.AsArray();

    public static JsonObject Layout(ChartFigure figure) => Parse(figure)["layout"]!.AsObject();

    /// <summary>Every string value anywhere in the figure, decoded.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    public static IEnumerable<double> Numbers(JsonNode? node) =>
        node is JsonArray a ? a.Select(n => n!.GetValue<double>()) : [];

    public static bool HasBreakEvenLine(ChartFigure figure) =>
        Layout(figure)["shapes"]?.AsArray().Any(s =>
            s!["type"]!.GetValue<string>() == "line" && s["x0"]!.GetValue<double>() == 1 && s["x1"]!.GetValue<double>() == 1
            && s["line"]!["dash"]!.GetValue<string>() == "dash") == true;
}
