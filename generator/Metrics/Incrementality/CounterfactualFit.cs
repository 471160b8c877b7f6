namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// The counterfactual model: treatedₜ = a + b·controlₜ + day-of-week effects + eₜ fitted by least squares on the
/// usable pre-period days (time-based regression, Kerman, Wang &amp; Vaver 2017), or treatedₜ = a + day-of-week
/// effects + eₜ (the pre-period level) when there is no control product, then predicted over the window.
/// </summary>
internal static class CounterfactualFit
{
    /// <summary>The window's lift and its interval, or null when the model cannot be fitted (a singular design).</summary>
    /// <param name="pre">The usable pre-period days, ascending.</param>
    /// <param name="window">Every day of the window, ascending.</param>
    /// <param name="hasControl">Whether some product is untouched by campaigns over the pre-period and window.</param>
    public static MeasuredLift? Measure(IReadOnlyList<SalesDay> pre, IReadOnlyList<SalesDay> window, bool hasControl)
    {
        // A control with no variation in the pre-period carries nothing the intercept does not: the level model.
        if (hasControl && Design.For(pre, withControl: true) is { } tbr && Fit(tbr, pre, window, EstimateMethods.TbrControls) is { } withControl)
        {
            return withControl;
        }

        return Design.For(pre, withControl: false) is { } level ? Fit(level, pre, window, EstimateMethods.PrePeriodLevel) : null;
    }

    private static MeasuredLift? Fit(Design design, IReadOnlyList<SalesDay> pre, IReadOnlyList<SalesDay> window, string method)
    {
        var preRows = pre.Select(design.Row).ToList();
        var fit = LeastSquaresFit.Fit(preRows, pre.Select(d => (double)d.Treated).ToList());
        if (fit is null)
        {
            return null;
        }

        var windowRows = window.Select(design.Row).ToList();
        var predictions = windowRows.Select(fit.Predict).ToList();

        // Paise: the fit works in doubles, and money below a paisa means nothing; rounding here keeps the
        // decimals that follow (shares, sums, CSV cells) short and exact.
        var counterfactual = Paise(predictions.Sum());
        var incremental = window.Sum(d => d.Treated) - counterfactual;
        var residuals = pre.Select((d, i) => (d.Day, (double)d.Treated - fit.Predict(preRows[i]))).ToList();
        var half = Paise(PredictionInterval.SumHalfWidth(fit, windowRows, PredictionInterval.Autocorrelation(residuals)));

        var quantile = PredictionInterval.Quantile(fit.DegreesOfFreedom);
        var days = new List<CounterfactualDay>(pre.Count + window.Count);
        for (var i = 0; i < pre.Count; i++)
        {
            days.Add(Day(pre[i], fit, preRows[i], quantile, 0m));
        }

        var cumulative = 0m;
        for (var i = 0; i < window.Count; i++)
        {
            var predicted = Paise(predictions[i]);
            cumulative += window[i].Treated - predicted;
            days.Add(Day(window[i], fit, windowRows[i], quantile, cumulative));
        }

        return new MeasuredLift(method, MeasuredLift.VerdictOf(incremental, half), counterfactual, incremental, half, days, quantile);
    }

    private static CounterfactualDay Day(SalesDay day, LeastSquaresFit fit, double[] row, double quantile, decimal cumulativeLift)
    {
        var predicted = fit.Predict(row);
        var half = PredictionInterval.DayHalfWidth(fit, row, quantile);
        return new CounterfactualDay(
            DateOnly.FromDayNumber(day.Day),
            day.Treated,
            Paise(predicted),
            Paise(predicted - half),
            Paise(predicted + half),
            cumulativeLift);
    }

    private static decimal Paise(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The columns of one model: the intercept, the control total centred and scaled by its pre-period mean and
    /// standard deviation (the fit is the same, XᵀX stays well conditioned whatever the revenue's size), and one
    /// indicator per weekday seen in the pre-period except the first (the reference). A window weekday never seen
    /// in the pre-period (all its days were contaminated) gets the reference level.
    /// </summary>
    private sealed record Design(bool WithControl, double Mean, double Scale, IReadOnlyList<DayOfWeek> Weekdays)
    {
        public static Design? For(IReadOnlyList<SalesDay> pre, bool withControl)
        {
            var weekdays = pre.Select(d => DateOnly.FromDayNumber(d.Day).DayOfWeek).Distinct().Order().Skip(1).ToList();
            if (!withControl)
            {
                return new Design(false, 0.0, 1.0, weekdays);
            }

            var mean = pre.Average(d => (double)d.Control);
            var sd = Math.Sqrt(pre.Sum(d => Math.Pow((double)d.Control - mean, 2)) / pre.Count);
            return sd > 0.0 ? new Design(true, mean, sd, weekdays) : null;
        }

        public double[] Row(SalesDay day)
        {
            var row = new double[1 + (WithControl ? 1 : 0) + Weekdays.Count];
            row[0] = 1.0;
            var at = 1;
            if (WithControl)
            {
                row[at++] = ((double)day.Control - Mean) / Scale;
            }

            var weekday = DateOnly.FromDayNumber(day.Day).DayOfWeek;
            for (var i = 0; i < Weekdays.Count; i++)
            {
                row[at + i] = Weekdays[i] == weekday ? 1.0 : 0.0;
            }

            return row;
        }
    }
}
