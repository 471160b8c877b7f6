using System.Globalization;
using System.Text;

namespace RoiReportGen.Tests.Support.Scoring;

/// <summary>
/// The scorer's summary over worlds: one row per world with the figures the targets are set on (SPEC 5), and
/// whether each target holds there.
/// </summary>
public static class WorldTable
{
    /// <summary>Campaign coverage of the 90% interval must lie in [85%, 95%] in every world.</summary>
    public const double CoverageLow = 0.85;

    public const double CoverageHigh = 0.95;

    /// <summary>The headline interval must hold the programme's truth in at least 85% of programmes.</summary>
    public const double HeadlineHolds = 0.85;

    /// <summary>The headline's mean absolute error may be at most this in the default world (percent).</summary>
    public const double DefaultHeadlineError = 10.0;

    /// <summary>… and at most this in the hard world (percent).</summary>
    public const double HardHeadlineError = 20.0;

    /// <summary>The Markdown table, worlds in the order given, then what each world is and the targets.</summary>
    public static string ToMarkdown(IReadOnlyList<(ScoreWorld World, Scorecard Card)> worlds)
    {
        ArgumentNullException.ThrowIfNull(worlds);
        var b = new StringBuilder();
        b.AppendLine("| world | programmes | campaigns | headline mean abs. error | headline mean error | headline interval holds truth | campaign 90% coverage | campaign median abs. iROAS error | true lift below its minimum detectable lift | … of those, called \"no measurable lift\" | naive headline mean abs. error |");
        b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (world, card) in worlds)
        {
            var n = card.New;
            var (held, of) = card.HeadlineCoverage;
            var (below, called) = Undetectable(card);
            b.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {world.Name} | {card.Programmes.Count} | {n.Campaigns} | {Percent(n.MeanAbsoluteHeadlineError)} | {Signed(n.MeanHeadlineError)} | {Holds(held, of)} | {Share(n.Coverage)} | {Number(n.MedianAbsoluteError)} | {Holds(below, n.Estimated)} | {Holds(called, below)} | {Percent(card.Naive.MeanAbsoluteHeadlineError)} |"));
        }

        b.AppendLine();
        b.AppendLine("Worlds:");
        b.AppendLine();
        foreach (var (world, _) in worlds)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"- **{world.Name}**: {world.Description}.");
        }

        b.AppendLine();
        b.AppendLine("| target | world | result |");
        b.AppendLine("|---|---|---|");
        foreach (var (world, card) in worlds)
        {
            var (held, of) = card.HeadlineCoverage;
            b.AppendLine(CultureInfo.InvariantCulture, $"| campaign coverage 85–95% | {world.Name} | {Met(card.New.Coverage is >= CoverageLow and <= CoverageHigh)} |");
            b.AppendLine(CultureInfo.InvariantCulture, $"| headline interval holds the truth in ≥ 85% of programmes | {world.Name} | {Met(of > 0 && held >= HeadlineHolds * of)} |");
            var limit = world == ScoreWorld.Default ? DefaultHeadlineError : world == ScoreWorld.Hard ? HardHeadlineError : (double?)null;
            if (limit is { } l)
            {
                b.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| headline mean absolute error ≤ {l:0}% | {world.Name} | {Met(card.New.MeanAbsoluteHeadlineError is { } e && e <= l)} |"));
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// Campaigns whose true lift is smaller than their minimum detectable lift (|true iROAS| below the interval's
    /// half-width in iROAS), and how many of those the report calls "no measurable lift" (an interval holding 0).
    /// </summary>
    public static (int Below, int Called) Undetectable(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var below = card.Programmes.SelectMany(p => p.Campaigns)
            .Where(c => c.TrueIroas is { } t && c.Low is { } lo && c.High is { } hi && Math.Abs(t) < (hi - lo) / 2m)
            .ToList();
        return (below.Count, below.Count(c => c.Low <= 0m && c.High >= 0m));
    }

    private static string Met(bool met) => met ? "met" : "**missed**";

    /// <summary>Whether campaign coverage and the headline interval meet their targets in this world.</summary>
    public static bool MeetsIntervalTargets(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (held, of) = card.HeadlineCoverage;
        return card.New.Coverage is >= CoverageLow and <= CoverageHigh && of > 0 && held >= HeadlineHolds * of;
    }

    private static string Holds(int held, int of) =>
        of == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{held} of {of} ({held * 100.0 / of:0}%)");

    private static string Share(double? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v * 100:0.0}%") : "n/a";

    private static string Percent(double? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.0}%") : "n/a";

    private static string Signed(double? value) => value is { } v ? v.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
