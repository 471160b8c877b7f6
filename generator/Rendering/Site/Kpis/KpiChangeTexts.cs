using RoiReportGen.Metrics.Periods;

namespace RoiReportGen.Rendering.Site.Kpis;

/// <summary>
/// Words for a KPI's change against the previous period of the same kind (SPEC 2, "Periods"): the direction as
/// a word, the absolute change formatted like the figure, the % change, and the period compared against.
/// </summary>
public static class KpiChangeTexts
{
    /// <summary>The change of one figure.</summary>
    /// <param name="label">The figure's name in a sentence ("revenue", "ROAS").</param>
    /// <param name="change">This period's and the previous period's values.</param>
    /// <param name="format">How the figure itself is shown (₹, count, 2 decimals).</param>
    /// <param name="decimals">The decimals <paramref name="format"/> shows: a change that rounds to 0 there reads "no change".</param>
    /// <param name="previous">The label of the period compared against.</param>
    public static KpiChangeView Of(string label, KpiChange change, Func<decimal?, string> format, int decimals, string previous)
    {
        if (change.Current is null || change.Previous is null)
        {
            var where = (change.Current, change.Previous) switch
            {
                (null, null) => $"this period and in {previous}",
                (null, _) => "this period",
                _ => previous,
            };
            return new("none", string.Empty, $"no comparison: {label} undefined in {where}");
        }

        // Judged on the shown precision, so a change of ₹0.40 does not read "up ₹0".
        var absolute = change.Absolute!.Value;
        var magnitude = Math.Round(Math.Abs(absolute), decimals, MidpointRounding.AwayFromZero);
        if (magnitude == 0m)
        {
            return new("same", "→", $"no change vs {previous}");
        }

        var up = absolute > 0m;
        var percent = change.Percent is { } p
            ? (up ? "+" : "−") + DisplayFormat.Percent(Math.Abs(p) / 100m)
            : "from " + format(change.Previous);
        return new(up ? "up" : "down", up ? "▲" : "▼", $"{(up ? "up" : "down")} {format(magnitude)} ({percent}) vs {previous}");
    }

    /// <summary>A month or quarter with no earlier one of its kind: nothing to compare with, said so.</summary>
    public static KpiChangeView First(PeriodKind kind) =>
        new("none", string.Empty, $"no earlier {(kind == PeriodKind.Quarter ? "quarter" : "month")} to compare with");
}
