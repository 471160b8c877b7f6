using System.Globalization;
using System.Text;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// Text that goes into a Plotly figure. Plotly renders a subset of HTML in every label, hover and
/// annotation (including &lt;a href&gt;), so every data string is HTML-escaped here before it gets there;
/// numbers go through <see cref="DisplayFormat"/> like everywhere else on the page.
/// </summary>
public static class ChartText
{
    /// <summary>Escapes &amp;, &lt;, &gt;, " and ' as entities (Plotly decodes these when it draws).</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Hover lines joined with Plotly's line break; each line must already be escaped.</summary>
    public static string Lines(params string[] escapedLines) => string.Join("<br>", escapedLines);

    /// <summary>A bold first line (escaped data) over detail lines.</summary>
    public static string Hover(string name, params string[] escapedLines) =>
        Lines([$"<b>{Escape(name)}</b>", .. escapedLines]);

    /// <summary>A chart value: full precision is not needed for drawing, and fewer digits keep the JSON small.</summary>
    public static double Value(decimal value) => (double)Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>A money value for an axis: whole rupees, as displayed.</summary>
    public static double Rupees(decimal value) => (double)Math.Round(value, 0, MidpointRounding.AwayFromZero);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"1 influencer" / "3 influencers".</summary>
    public static string Count(long count, string noun) =>
        DisplayFormat.Count(count) + " " + noun + (count == 1 ? string.Empty : "s");
}
