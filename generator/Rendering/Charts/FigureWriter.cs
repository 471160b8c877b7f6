using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Plotly.NET;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// Writes a Plotly.NET chart as the figure JSON the page embeds, straight from its traces and layout: the same JSON as
/// Plotly.NET's <c>GenericChart.toFigureJson</c> (Newtonsoft.Json) read back and edited (a test holds it to that), in one
/// pass. Newtonsoft reads each DynamicObj member through DynamicObj's reflection (a third of a chart's cost); here the
/// static members come from <see cref="DynamicMembers"/> and the rest from the object's own dictionary.
/// The edits: no "template" (the page themes charts itself) and no fixed "width" in the layout, "autosize" true, no
/// trace without a type (Chart.Invisible's: an empty chart simply has no data), no "frames", and a "config".
/// </summary>
internal static class FigureWriter
{
    // Relaxed so "₹" stays one readable character; ChartJson.ForScriptBlock escapes the three characters that matter in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly HashSet<string> LeftOutOfLayout = ["template", "width"];

    public static string Write(GenericChart chart, JsonObject? config)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            foreach (var trace in GenericChart.getTraces(chart))
            {
                if (HasType(trace))
                {
                    WriteObject(writer, trace, leaveOut: null);
                }
            }

            writer.WriteEndArray();
            writer.WritePropertyName("layout");
            WriteObject(writer, GenericChart.getLayout(chart), LeftOutOfLayout, autosize: true);
            writer.WritePropertyName("config");
            if (config is null)
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
            else
            {
                config.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool HasType(Trace trace) =>
        DynamicMembers.Static(trace, "type") is { } type
            ? type.GetValue.Invoke(trace) is not null
            : trace.Properties.TryGetValue("type", out var value) && value is not null;

    /// <summary>Static members first, then dynamic ones in the order they were set (as DynamicObj lists them).</summary>
    private static void WriteObject(Utf8JsonWriter writer, DynamicObj.DynamicObj value, HashSet<string>? leaveOut, bool autosize = false)
    {
        writer.WriteStartObject();
        var sawAutosize = false;
        foreach (var member in DynamicMembers.StaticOf(value))
        {
            WriteMember(member.Name, member.GetValue.Invoke(value));
        }

        foreach (var (name, member) in value.Properties)
        {
            WriteMember(name, member);
        }

        if (autosize && !sawAutosize)
        {
            writer.WriteBoolean("autosize", true);
        }

        writer.WriteEndObject();

        void WriteMember(string name, object? member)
        {
            if (leaveOut?.Contains(name) == true)
            {
                return;
            }

            writer.WritePropertyName(name);
            if (autosize && name == "autosize")
            {
                sawAutosize = true;
                writer.WriteBooleanValue(true);
                return;
            }

            WriteValue(writer, member);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            // Numbers as Newtonsoft writes them (1.0, 1E-07), the text toFigureJson gives.
            case double number:
                writer.WriteRawValue(JsonConvert.ToString(number), skipInputValidation: true);
                break;
            case decimal number:
                writer.WriteRawValue(JsonConvert.ToString(number), skipInputValidation: true);
                break;
            case int or long or short or byte:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!, skipInputValidation: true);
                break;
            // A colour is written as its value (a colour string, or a list of them for per-point colours), as
            // Plotly.NET's own converter for toFigureJson writes it.
            case Color color:
                WriteValue(writer, color.Value);
                break;
            case DynamicObj.DynamicObj obj:
                WriteObject(writer, obj, leaveOut: null);
                break;
            case IEnumerable items when value is not IDictionary:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Not through Newtonsoft's reflective serializer: the published build is Native AOT, where that is not
                // safe. Every chart's values are one of the kinds above (FigureJsonTests holds each chart to toFigureJson).
                throw new NotSupportedException($"a chart value of type {value.GetType()} has no JSON form here");
        }
    }
}
