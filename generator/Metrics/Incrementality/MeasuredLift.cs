namespace RoiReportGen.Metrics.Incrementality;

/// <summary>One fit's result for a (group's) window: Σ counterfactual, Σ lift, the 90% half-width and the picture.</summary>
/// <param name="Method">One of <see cref="EstimateMethods"/>.</param>
/// <param name="Lift">From the interval: above 0, containing 0, or below 0 (<see cref="LiftWords"/>).</param>
/// <param name="Counterfactual">Σ over the window of the prediction, in paise.</param>
/// <param name="Incremental">Σ actual − <paramref name="Counterfactual"/>.</param>
/// <param name="HalfWidth">The 90% interval is <paramref name="Incremental"/> ± this.</param>
/// <param name="Days">The pre-period days used and the window.</param>
/// <param name="Quantile">The t quantile the half-width was made with: HalfWidth / Quantile is the sum's standard error.</param>
internal sealed record MeasuredLift(
    string Method,
    string Lift,
    decimal Counterfactual,
    decimal Incremental,
    decimal HalfWidth,
    IReadOnlyList<CounterfactualDay> Days,
    double Quantile)
{
    /// <summary>The part of <see cref="Incremental"/> on the days after the window (the carry-over tail).</summary>
    public decimal Tail { get; init; }

    /// <summary>The part of <see cref="Incremental"/> on the brand's products the campaigns do not promote (the halo series).</summary>
    public decimal Halo { get; init; }

    /// <summary>The model's standard error of the sum: <see cref="HalfWidth"/> ÷ <see cref="Quantile"/>.</summary>
    public double StandardError => Quantile > 0.0 ? (double)HalfWidth / Quantile : 0.0;

    /// <summary>The same lift with its interval set to ± <paramref name="quantile"/> standard errors of the model (the verdict follows).</summary>
    public MeasuredLift Calibrated(double quantile)
    {
        var half = Math.Round((decimal)(StandardError * quantile), 2, MidpointRounding.AwayFromZero);
        return this with { HalfWidth = half, Quantile = quantile, Lift = LiftOf(Incremental, half) };
    }

    /// <summary>SPEC 2's lift word of an interval [incremental − half, incremental + half].</summary>
    public static string LiftOf(decimal incremental, decimal halfWidth) =>
        incremental - halfWidth > 0m ? LiftWords.Incremental
        : incremental + halfWidth < 0m ? LiftWords.Negative
        : LiftWords.NoMeasurableLift;
}
