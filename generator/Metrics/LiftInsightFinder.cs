using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Metrics;

/// <summary>
/// The incrementality insights (issue 12 item 3): the campaign whose attributed ROAS most overstates its
/// incremental ROAS, and the campaigns with no measurable (or a negative) lift. Pure; every "most" is a stated order.
/// </summary>
internal static class LiftInsightFinder
{
    /// <summary>
    /// Among campaigns with an estimate (verdict incremental, no measurable lift or negative) whose attributed ROAS
    /// and iROAS are both defined, the largest gap attributed ROAS − iROAS; ties: larger payout, then name
    /// (ordinal). Null when none qualifies or no gap is positive (an iROAS at or above the ROAS overstates nothing).
    /// </summary>
    public static LiftFigure? MostOverstated(IReadOnlyList<CampaignSummary> campaigns) => campaigns
        .Where(c => IsEstimated(c.Incremental.Lift) && c.Roas is not null && c.Incremental.Iroas is not null)
        .Select(c => (Campaign: c, Gap: c.Roas!.Value - c.Incremental.Iroas!.Value))
        .Where(x => x.Gap > 0m)
        .OrderByDescending(x => x.Gap)
        .ThenByDescending(x => x.Campaign.Payout)
        .ThenBy(x => x.Campaign.Campaign, StringComparer.Ordinal)
        .Select(x => Figure(x.Campaign))
        .FirstOrDefault();

    /// <summary>The campaigns with the given verdict, largest payout first (the money the verdict puts in doubt), then name.</summary>
    public static IReadOnlyList<LiftFigure> WithVerdict(IReadOnlyList<CampaignSummary> campaigns, string verdict) => [.. campaigns
        .Where(c => c.Incremental.Lift == verdict)
        .OrderByDescending(c => c.Payout)
        .ThenBy(c => c.Campaign, StringComparer.Ordinal)
        .Select(Figure)];

    // "no baseline data" and "no window" carry no estimate to compare.
    private static bool IsEstimated(string verdict) =>
        verdict is LiftWords.Incremental or LiftWords.NoMeasurableLift or LiftWords.Negative;

    private static LiftFigure Figure(CampaignSummary c) => new(
        c.Campaign,
        c.Incremental.Lift,
        c.Roas,
        c.Incremental.Iroas,
        c.Incremental.IroasLow,
        c.Incremental.IroasHigh,
        c.Incremental.IncrementalShare,
        c.Payout);
}
