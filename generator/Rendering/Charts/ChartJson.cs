using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// Turns a Plotly.NET chart into the figure JSON the page embeds (<see cref="FigureWriter"/>): without a theme template
/// (the page themes charts itself), without a fixed width, and safe inside a script block.
/// </summary>
public static class ChartJson
{
    // Relaxed so "₹" stays one readable character; the three characters that matter in HTML are escaped below.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(GenericChart chart) => Serialize(chart, null);

    /// <summary>As <see cref="Serialize(GenericChart)"/>, with a plotly.js config (e.g. a number-format locale) in the figure.</summary>
    public static string Serialize(GenericChart chart, JsonObject? config) => ForScriptBlock(FigureWriter.Write(chart, config));

    /// <summary>A figure (or any JSON) as text, "₹" kept readable; not yet safe in a script block (see <see cref="ForScriptBlock"/>).</summary>
    public static string ToJson(JsonNode node) => node.ToJsonString(Options);

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
