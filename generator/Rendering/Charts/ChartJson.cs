using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// Turns a Plotly.NET chart into the figure JSON the page embeds: without the default theme template
/// (8 KB per chart; the page themes charts itself), without a fixed width, and safe inside a script block.
/// </summary>
public static class ChartJson
{
    // Relaxed so "₹" stays one readable character; the three characters that matter in HTML are escaped below.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(GenericChart chart)
    {
        // Serialising Plotly.NET's default theme costs ~75 ms a chart (8 KB of nested objects through
        // Newtonsoft); an empty template serialises in no time, and the key is dropped below anyway.
        var untemplated = Chart.withTemplate(new Template()).Invoke(chart);
        var figure = JsonNode.Parse(GenericChart.toFigureJson(untemplated))!.AsObject();
        var layout = figure["layout"]!.AsObject();
        layout.Remove("template");
        layout.Remove("width");
        layout["autosize"] = true;

        // Chart.Invisible() leaves a trace without a type; an empty chart should simply have no data.
        var data = figure["data"]!.AsArray();
        foreach (var trace in data.Where(t => t?["type"] is null).ToList())
        {
            data.Remove(trace);
        }

        figure.Remove("frames");
        figure["config"] ??= new JsonObject();
        return ForScriptBlock(figure.ToJsonString(Options));
    }

    /// <summary>
    /// Escapes '&lt;', '&gt;' and '&amp;' as JSON unicode escapes. In JSON they can only occur inside strings,
    /// so this keeps the same value while "&lt;/script&gt;" can never end the block.
    /// </summary>
    public static string ForScriptBlock(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);

    /// <summary>The chart container's id, built from fixed names only.</summary>
    public static string ChartId(string slug, string name) => $"chart-{slug}-{name}";

    public static string FigureId(string slug, string name) => $"fig-{slug}-{name}";
}
