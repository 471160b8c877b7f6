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

    /// <summary>The Markdown table, worlds in the order given.</summary>
    public static string ToMarkdown(IReadOnlyList<(ScoreWorld World, Scorecard Card)> worlds)
    {
        ArgumentNullException.ThrowIfNull(worlds);
        var b = new StringBuilder();
        b.AppendLine("| world | programmes | campaigns | headline mean abs. error | headline mean error | headline interval holds truth | campaign 90% coverage | campaign median abs. iROAS error | naive headline mean abs. error |");
        b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (world, card) in worlds)
        {
            var n = card.New;
            var (held, of) = card.HeadlineCoverage;
            b.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {world.Name} | {card.Programmes.Count} | {n.Campaigns} | {Percent(n.MeanAbsoluteHeadlineError)} | {Signed(n.MeanHeadlineError)} | {Holds(held, of)} | {Share(n.Coverage)} | {Number(n.MedianAbsoluteError)} | {Percent(card.Naive.MeanAbsoluteHeadlineError)} |"));
        }

        return b.ToString();
    }

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
