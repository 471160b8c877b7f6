namespace RoiReportGen.Metrics.Incrementality;

/// <summary>One fit's result for a (group's) window: Σ counterfactual, Σ lift, the 90% half-width and the picture.</summary>
/// <param name="Method">One of <see cref="EstimateMethods"/>.</param>
/// <param name="Verdict">From the interval: above 0, containing 0, or below 0.</param>
/// <param name="Counterfactual">Σ over the window of the prediction, in paise.</param>
/// <param name="Incremental">Σ actual − <paramref name="Counterfactual"/>.</param>
/// <param name="HalfWidth">The 90% interval is <paramref name="Incremental"/> ± this.</param>
/// <param name="Days">The pre-period days used and the window.</param>
/// <param name="Quantile">The t quantile the half-width was made with: HalfWidth / Quantile is the sum's standard error.</param>
internal sealed record MeasuredLift(
    string Method,
    string Verdict,
    decimal Counterfactual,
    decimal Incremental,
    decimal HalfWidth,
    IReadOnlyList<CounterfactualDay> Days,
    double Quantile)
{
    /// <summary>SPEC 2's verdict of an interval [incremental − half, incremental + half].</summary>
    public static string VerdictOf(decimal incremental, decimal halfWidth) =>
        incremental - halfWidth > 0m ? Verdicts.Incremental
        : incremental + halfWidth < 0m ? Verdicts.Negative
        : Verdicts.NoMeasurableLift;
}
