using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
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

    // GenericChart.toFigureJson's settings make Newtonsoft check each object against the ones being
    // written with DynamicObj.Equals, which hashes whole subtrees: 60-900 ms per chart, most of a
    // build's time. Comparing by reference (all a loop check needs) gives the same JSON in ~1 ms.
    private static readonly JsonSerializerSettings FigureSettings = new()
    {
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
        EqualityComparer = ReferenceEqualityComparer.Instance,
    };

    public static string Serialize(GenericChart chart) => Serialize(chart, null);

    /// <summary>As <see cref="Serialize(GenericChart)"/>, with a plotly.js config (e.g. a number-format locale) in the figure.</summary>
    public static string Serialize(GenericChart chart, JsonObject? config)
    {
        // Plotly.NET's default theme is 8 KB of nested objects per chart; the page themes charts itself.
        var untemplated = Chart.withTemplate(new Template()).Invoke(chart);
        var figure = JsonNode.Parse(FigureJson(untemplated))!.AsObject();
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
        if (config is not null)
        {
            figure["config"] = config.DeepClone();
        }

        figure["config"] ??= new JsonObject();
        return ForScriptBlock(ToJson(figure));
    }

    /// <summary>A figure (or any JSON) as text, "₹" kept readable; not yet safe in a script block (see <see cref="ForScriptBlock"/>).</summary>
    public static string ToJson(JsonNode node) => node.ToJsonString(Options);

    /// <summary>The same text as <c>GenericChart.toFigureJson</c> (a test holds it to that), only fast.</summary>
    public static string FigureJson(GenericChart chart) =>
        JsonConvert.SerializeObject(GenericChart.toFigure(chart), FigureSettings);

    /// <summary>
    /// Escapes '&lt;', '&gt;' and '&amp;' as JSON unicode escapes. In JSON they can only occur inside strings,
    /// so this keeps the same value while "&lt;/script&gt;" can never end the block.
    /// </summary>
    public static string ForScriptBlock(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);

    /// <summary>The chart container's id, built from the slug and fixed names only (see <see cref="ElementIds"/>).</summary>
    public static string ChartId(string slug, string name) => ElementIds.Chart(slug, name);

    public static string FigureId(string slug, string name) => ElementIds.Figure(slug, name);
}
