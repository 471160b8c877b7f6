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
public sealed record MethodText(
    int BaselineDays,
    int NaiveBaselineDays,
    int MinimumPreDays,
    string DataStart,
    string DataEnd,
    string VerdictIncremental = Verdicts.Incremental,
    string VerdictNoMeasurableLift = Verdicts.NoMeasurableLift,
    string VerdictNegative = Verdicts.Negative,
    string VerdictNoBaselineData = Verdicts.NoBaselineData,
    string VerdictNoWindow = Verdicts.NoWindow,
    string MethodControls = EstimateMethods.TbrControls,
    string MethodLevel = EstimateMethods.PrePeriodLevel,
    string MethodControlsLabel = CounterfactualCharts.ControlsLabel,
    string MethodLevelLabel = CounterfactualCharts.LevelLabel);
