namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// The counterfactual of a measured period (SPEC 2): the campaign's products and, fitted apart on their own clean
/// days, the halo series of the brand's other products, each a <see cref="SeriesModel"/> predicted over the window
/// and its carry-over tail; the lift is actual − prediction of both, added up.
/// </summary>
/// <remarks>
/// Why a ratio and not a fitted slope (time-based regression, Kerman, Wang &amp; Vaver 2017): the control is a sum
/// of sampled daily sales, so it carries its own day-to-day noise, and a least squares slope on a noisy regressor
/// is attenuated towards 0 (errors in variables). The treated series then tracked the control's trend too little
/// and the counterfactual fell short of the truth whenever sales trended upwards (the scorer measured a +6%
/// headline bias, +10% with a strong trend). The ratio of the two totals averages the control's noise away, so it
/// follows the trend in proportion; the weekday effects still absorb a weekly pattern the two series do not share.
/// The interval is the level fit's, with one more degree of freedom spent on r: the ratio's error over the window
/// is of the same size as the error of the intercept the level fit already counts, since the residuals' sum over
/// the fitted days is 0 by construction of r. It counts day-to-day noise only; <see cref="PlaceboCalibration"/>
/// widens it to the method's measured error.
/// </remarks>
internal static class CounterfactualFit
{
    /// <summary>The measured period's lift and its interval, or null when the model cannot be fitted (a singular design).</summary>
    /// <param name="pre">The usable pre-period days, ascending.</param>
    /// <param name="window">Every day of the measured period (the window, then its carry-over tail), ascending.</param>
    /// <param name="hasControl">Whether some product is untouched by campaigns over the pre-period, window and post-period.</param>
    /// <param name="post">
    /// The usable post-period days (campaign-free days after the tail), ascending; they join the fit but not the
    /// picture's days. None: the fit is the pre-period's alone.
    /// </param>
    /// <param name="windowEnd">The window's last day number: the days after it are the tail. Null: all of <paramref name="window"/> is window.</param>
    /// <param name="haloFit">
    /// The halo series' own fitted days (those clean for the sister products, whose revenue is <see cref="SalesDay.Halo"/>);
    /// null or empty: no halo series. It is fitted apart, with the same controls, and its lift is added.
    /// </param>
    public static MeasuredLift? Measure(
        IReadOnlyList<SalesDay> pre,
        IReadOnlyList<SalesDay> window,
        bool hasControl,
        IReadOnlyList<SalesDay>? post = null,
        int? windowEnd = null,
        IReadOnlyList<SalesDay>? haloFit = null)
    {
        var fitted = post is { Count: > 0 } ? pre.Concat(post).ToList() : pre;
        var model = SeriesModel.Of(fitted, d => d.Treated, hasControl);
        if (model is null)
        {
            return null;
        }

        var halo = haloFit is { Count: > 0 } ? SeriesModel.Of(haloFit, d => d.Halo, model.Ratio > 0.0) : null;
        return Lift(model, halo, pre.Count, fitted, window, windowEnd ?? int.MaxValue);
    }

    private static MeasuredLift Lift(SeriesModel model, SeriesModel? halo, int shown, IReadOnlyList<SalesDay> fitted, IReadOnlyList<SalesDay> window, int windowEnd)
    {
        decimal Actual(SalesDay day) => day.Treated + (halo is null ? 0m : day.Halo);
        double Predict(SalesDay day) => model.Predict(day) + (halo?.Predict(day) ?? 0.0);
        double DayVariance(SalesDay day) => model.DayVariance(day) + (halo?.DayVariance(day) ?? 0.0);

        // Paise: the fit works in doubles, and money below a paisa means nothing; rounding here keeps the
        // decimals that follow (shares, sums, CSV cells) short and exact.
        var predictions = window.Select(Predict).ToList();
        var counterfactual = Paise(predictions.Sum());
        var incremental = window.Sum(Actual) - counterfactual;
        var tail = 0m;
        for (var i = 0; i < window.Count; i++)
        {
            tail += window[i].Day > windowEnd ? Actual(window[i]) - Paise(predictions[i]) : 0m;
        }

        var haloLift = halo is null ? 0m : window.Sum(d => d.Halo) - Paise(window.Sum(halo.Predict));

        // The two series' errors are taken as independent (separate fits on separate products).
        var quantile = PredictionInterval.Quantile(model.Fit.DegreesOfFreedom);
        var variance = model.SumVariance(window) + (halo?.SumVariance(window) ?? 0.0);
        var half = Paise(quantile * Math.Sqrt(variance));

        var days = new List<CounterfactualDay>(shown + window.Count);
        for (var i = 0; i < shown; i++)
        {
            days.Add(Day(fitted[i], Actual(fitted[i]), Predict(fitted[i]), quantile * Math.Sqrt(DayVariance(fitted[i])), 0m));
        }

        var cumulative = 0m;
        for (var i = 0; i < window.Count; i++)
        {
            cumulative += Actual(window[i]) - Paise(predictions[i]);
            days.Add(Day(window[i], Actual(window[i]), predictions[i], quantile * Math.Sqrt(DayVariance(window[i])), cumulative));
        }

        return new MeasuredLift(model.Method, MeasuredLift.LiftOf(incremental, half), counterfactual, incremental, half, days, quantile)
        {
            Tail = tail,
            Halo = haloLift,
        };
    }

    private static CounterfactualDay Day(SalesDay day, decimal actual, double predicted, double half, decimal cumulativeLift) =>
        new(DateOnly.FromDayNumber(day.Day), actual, Paise(predicted), Paise(predicted - half), Paise(predicted + half), cumulativeLift);

    private static decimal Paise(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);
}
