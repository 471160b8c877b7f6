namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// A campaign's counterfactual incrementality (SPEC 2, "Incremental revenue and iROAS"): what its products sold
/// in its window against what they would have sold without it, with a deterministic 90% interval. Null means
/// undefined (no estimate, or payout 0 for the iROAS figures). Estimated once per campaign over its whole window
/// from all of the data, whatever view shows it.
/// </summary>
/// <param name="Method">The counterfactual used: <see cref="EstimateMethods"/> (e.g. "tbr-controls"), "" without an estimate.</param>
/// <param name="Lift">Whether it moved sales at all: one of <see cref="LiftWords"/> (its interval against 0).</param>
/// <param name="CounterfactualRevenue">Σ over the window of the counterfactual of the campaign's products (its share where estimated with others).</param>
/// <param name="IncrementalRevenue">Σ over the window of (actual − counterfactual), the campaign's share of a joint lift; may be negative.</param>
/// <param name="IncrementalRevenueLow">The 90% interval's lower end.</param>
/// <param name="IncrementalRevenueHigh">The 90% interval's upper end.</param>
/// <param name="Iroas">IncrementalRevenue / payout; may be negative, never clamped.</param>
/// <param name="IroasLow">IncrementalRevenueLow / payout.</param>
/// <param name="IroasHigh">IncrementalRevenueHigh / payout.</param>
/// <param name="IncrementalShare">IncrementalRevenue / attributed revenue.</param>
/// <param name="OverlapGroup">The campaigns estimated together with this one (itself included, ordinal order); empty when alone.</param>
/// <param name="UsablePreDays">Pre-period days the fit used (fewer than 14: "no baseline data").</param>
/// <param name="Series">The picture: actual against counterfactual per day, null without an estimate.</param>
public sealed record IncrementalEstimate(
    string Method,
    string Lift,
    decimal? CounterfactualRevenue,
    decimal? IncrementalRevenue,
    decimal? IncrementalRevenueLow,
    decimal? IncrementalRevenueHigh,
    decimal? Iroas,
    decimal? IroasLow,
    decimal? IroasHigh,
    decimal? IncrementalShare,
    IReadOnlyList<string> OverlapGroup,
    int UsablePreDays,
    CounterfactualSeries? Series)
{
    /// <summary>
    /// Its share of the measured (group's) interval half-width, before an overlap group's share spread widens
    /// [<see cref="IncrementalRevenueLow"/>, <see cref="IncrementalRevenueHigh"/>]; null without an estimate or
    /// when the two are the same. The headline interval adds these within a group: the members' allocation errors
    /// cancel in the group's total.
    /// </summary>
    public decimal? SharedHalfWidth { get; init; }

    /// <summary>The part of <see cref="IncrementalRevenue"/> on the days after the window (the carry-over tail); null without an estimate.</summary>
    public decimal? TailRevenue { get; init; }

    /// <summary>The part of <see cref="IncrementalRevenue"/> on the brand's other products (the halo series); null without an estimate or without a measurable halo series.</summary>
    public decimal? HaloRevenue { get; init; }

    /// <summary>The smallest incremental revenue its interval would tell from zero: the interval's half-width; null without an estimate.</summary>
    public decimal? MinimumDetectableLift { get; init; }

    /// <summary>The known sale or festival weeks its window meets (<see cref="SaleWeeks"/>), "; "-joined; "" for none.</summary>
    public string SaleWeek { get; init; } = "";

    /// <summary>
    /// What a reader acts on, from the iROAS interval against break-even (SPEC 2): <see cref="Verdicts.PaysBack"/>
    /// (wholly at or above 1), <see cref="Verdicts.LosesMoney"/> (wholly below 1), <see cref="Verdicts.Unclear"/>
    /// (it straddles 1) or <see cref="Verdicts.NoEstimate"/> (no iROAS: no estimate, or payout 0).
    /// </summary>
    public string Verdict => Verdicts.Of(IroasLow, IroasHigh);
}

/// <summary>The profit verdicts of SPEC 2: the iROAS interval against break-even.</summary>
public static class Verdicts
{
    public const string PaysBack = "pays back";
    public const string LosesMoney = "loses money";
    public const string Unclear = "unclear";
    public const string NoEstimate = "no estimate";

    /// <summary>The verdict of an iROAS interval [<paramref name="low"/>, <paramref name="high"/>]; null ends: no estimate.</summary>
    public static string Of(decimal? low, decimal? high) =>
        low is not { } l || high is not { } h ? NoEstimate
        : l >= 1m ? PaysBack
        : h < 1m ? LosesMoney
        : Unclear;
}

/// <summary>
/// The daily picture of one estimate: the treated series (all revenue of the products estimated) against its
/// counterfactual and 90% band, over the pre-period shown and the window. For an overlap group it is the group's
/// series (the same picture for every campaign in it).
/// </summary>
/// <param name="Products">The products whose revenue is the treated series, ordinal order.</param>
/// <param name="WindowStart">First day of the (joint) window.</param>
/// <param name="WindowEnd">Last day of the (joint) window.</param>
/// <param name="Days">One point per day, in date order: pre-period days used by the fit, then the window.</param>
public sealed record CounterfactualSeries(
    IReadOnlyList<string> Products,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    IReadOnlyList<CounterfactualDay> Days)
{
    /// <summary>The measured period's last day: the window's plus the carry-over tail (the window's own without one).</summary>
    public DateOnly TailEnd { get; init; } = WindowEnd;

    /// <summary>The halo series' products (the brand's others, unpromoted over the range), part of the actual and counterfactual figures.</summary>
    public IReadOnlyList<string> SisterProducts { get; init; } = [];
}

/// <summary>One day of a <see cref="CounterfactualSeries"/>.</summary>
/// <param name="Actual">All revenue (organic and attributed) of the products that day.</param>
/// <param name="Counterfactual">The fitted prediction without the campaign(s).</param>
/// <param name="Low">Lower end of the day's 90% prediction band.</param>
/// <param name="High">Upper end of the day's 90% prediction band.</param>
/// <param name="CumulativeLift">Σ (actual − counterfactual) from the window's first day to this day; 0 before the window.</param>
public sealed record CounterfactualDay(
    DateOnly Date,
    decimal Actual,
    decimal Counterfactual,
    decimal Low,
    decimal High,
    decimal CumulativeLift);

/// <summary>The lift words of SPEC 2: whether a campaign moved sales at all (its revenue interval against 0).</summary>
public static class LiftWords
{
    public const string Incremental = "incremental";
    public const string NoMeasurableLift = "no measurable lift";
    public const string Negative = "negative";
    public const string NoBaselineData = "no baseline data";
    public const string NoWindow = "no window";
}

/// <summary>The counterfactual methods (campaign_summary.csv `method`).</summary>
public static class EstimateMethods
{
    /// <summary>Time-based regression on control products: their sales scaled by the pre-period ratio, plus a level and day-of-week effects.</summary>
    public const string TbrControls = "tbr-controls";

    /// <summary>No control product: the pre-period level with day-of-week effects.</summary>
    public const string PrePeriodLevel = "pre-period-level";
}
