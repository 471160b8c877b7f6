using System.Globalization;
using System.Text;

namespace RoiReportGen.Rendering.Site.Kpis;

/// <summary>
/// The geometry and text alternative of a monthly sparkline: one point per month, scaled between the series'
/// low and high. Only numbers: the SVG markup is in templates/sections/kpis.sbn.
/// </summary>
public static class KpiSparklines
{
    // Room for the line's width and the end dot inside the box.
    private const decimal Pad = 3m;

    /// <summary>The sparkline of a monthly series; null with fewer than two months or fewer than two defined values.</summary>
    /// <param name="name">The figure's name in a sentence ("revenue", "ROAS").</param>
    /// <param name="months">Each month's label and value (null = undefined), oldest first.</param>
    /// <param name="format">How the figure is shown on the card.</param>
    public static KpiSparkline? Of(string name, IReadOnlyList<(string Month, decimal? Value)> months, Func<decimal?, string> format)
    {
        var defined = months.Where(m => m.Value is not null).ToList();
        if (months.Count < 2 || defined.Count < 2)
        {
            return null;
        }

        var low = defined.MinBy(m => m.Value)!;
        var high = defined.MaxBy(m => m.Value)!;
        var (min, max) = (low.Value!.Value, high.Value!.Value);
        var step = (KpiSparkline.Width - 2 * Pad) / (months.Count - 1);
        var points = months
            .Select((m, i) => m.Value is { } v
                ? $"{Number(Pad + i * step)},{Number(max == min ? KpiSparkline.Height / 2m : Pad + (KpiSparkline.Height - 2 * Pad) * (max - v) / (max - min))}"
                : null)
            .ToList();

        // An undefined month breaks the line rather than reading as 0; a point alone between gaps is a
        // zero-length line ("h0"), which the round line cap draws as a dot.
        var path = new StringBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is not { } point)
            {
                continue;
            }

            var starts = i == 0 || points[i - 1] is null;
            var alone = starts && (i == points.Count - 1 || points[i + 1] is null);
            path.Append(starts ? 'M' : 'L').Append(point).Append(alone ? "h0" : string.Empty);
        }

        var last = points.Last(p => p is not null)!.Split(',');
        return new KpiSparkline(path.ToString(), Label(name, months, defined.Count, low, high, format), last[0], last[1]);
    }

    private static string Label(
        string name, IReadOnlyList<(string Month, decimal? Value)> months, int defined, (string Month, decimal? Value) low, (string Month, decimal? Value) high, Func<decimal?, string> format)
    {
        var span = $"Monthly {name}, {months[0].Month} to {months[^1].Month}: ";
        var range = low.Value == high.Value
            ? $"{format(low.Value)} in every month{(defined < months.Count ? " with a value" : string.Empty)}"
            : $"low {format(low.Value)} in {low.Month}, high {format(high.Value)} in {high.Month}";
        var gaps = defined < months.Count
            ? string.Create(CultureInfo.InvariantCulture, $"; undefined in {months.Count - defined} of {months.Count} months")
            : string.Empty;
        return span + range + gaps;
    }

    // Two decimals at most, "." always: the box is 120 × 32, finer steps are invisible.
    private static string Number(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
