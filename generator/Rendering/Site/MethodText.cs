using RoiReportGen.Metrics.Incrementality;
using RoiReportGen.Rendering.Charts;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// The model of templates/method.md.sbn: the options and data range the numbers were computed with, and the
/// words the page and the downloads use for verdicts and methods (defaults), so the text names them exactly.
/// </summary>
/// <param name="BaselineDays">The counterfactual's pre-period in days (`--baseline-days`).</param>
/// <param name="NaiveBaselineDays">The naive baseline's fixed pre-period, kept in campaign_summary.csv for comparison.</param>
/// <param name="MinimumPreDays">Campaign-free pre-period days the fit needs: fewer in the pre-period, the nearest ones further back; fewer in all the data, "no baseline data".</param>
/// <param name="QuarterExample">How quarters are named, in words, for the Periods paragraph.</param>
/// <param name="UndatedFallback">What happens to an undated payout row whose basis activity is missing (the period
/// spreader's rule, stated once here).</param>
public sealed record MethodText(
    int BaselineDays,
    int NaiveBaselineDays,
    int MinimumPreDays,
    string DataStart,
    string DataEnd,
    string VerdictIncremental = LiftWords.Incremental,
    string VerdictNoMeasurableLift = LiftWords.NoMeasurableLift,
    string VerdictNegative = LiftWords.Negative,
    string VerdictNoBaselineData = LiftWords.NoBaselineData,
    string VerdictNoWindow = LiftWords.NoWindow,
    string MethodControls = EstimateMethods.TbrControls,
    string MethodLevel = EstimateMethods.PrePeriodLevel,
    string MethodControlsLabel = CounterfactualCharts.ControlsLabel,
    string MethodLevelLabel = CounterfactualCharts.LevelLabel,
    string QuarterExample = MethodText.QuarterNaming,
    string UndatedFallback = MethodText.UndatedFallbackRule)
{
    /// <summary>The recommendation rules' options (`--target-roas`, `--min-posts`, `--min-orders`), formatted.</summary>
    public Metrics.Recommendations.RecommendationOptions Recommendations { get; init; } = Metrics.Recommendations.RecommendationOptions.Default;

    public string TargetRoas => DisplayFormat.Ratio(Recommendations.TargetRoas);

    public string MinPosts => DisplayFormat.Count(Recommendations.MinPosts);

    public string MinOrders => DisplayFormat.Count(Recommendations.MinOrders);

    public string VerdictPaysBack { get; } = Verdicts.PaysBack;

    public string VerdictLosesMoney { get; } = Verdicts.LosesMoney;

    public string VerdictUnclear { get; } = Verdicts.Unclear;

    public string VerdictNoEstimate { get; } = Verdicts.NoEstimate;

    /// <summary>The carry-over tail measured after each window (`--carryover-days`).</summary>
    public int CarryoverDays { get; init; } = Metrics.MetricsOptions.DefaultCarryoverDays;

    /// <summary>The quarter labels of <see cref="Metrics.Periods.ReportPeriod.Label"/>, explained.</summary>
    public const string QuarterNaming = "Q1 is April to June, so Q2 FY2025-26 is July to September 2025";

    /// <summary>The fallback of an undated payout row with no basis activity in any period.</summary>
    public const string UndatedFallbackRule =
        "where there is no such activity in any period, the row is spread by the other activity (orders for a per-post fee, posts for a per-order fee), then evenly over the days of the campaign's window, and failing that evenly over the days from the data's first to its last dated row, so the periods always add up to All time. A payment date that cannot be read is treated as blank (and listed under Data quality): the amount is spread, never lost";
}
