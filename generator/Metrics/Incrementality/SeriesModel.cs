namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// One series' fitted counterfactual model: seriesₜ = r·controlₜ + a + day-of-week effects + eₜ, with the ratio
/// r = Σ series ÷ Σ control over the fitted days and a plus the weekday effects fitted by least squares to what the
/// ratio leaves, or seriesₜ = a + day-of-week effects + eₜ (the level model) without a control. It predicts any
/// day and the variance of the error of a sum of its predictions.
/// </summary>
internal sealed class SeriesModel
{
    private SeriesModel(double ratio, LeastSquaresFit fit, Design design, double autocorrelation, string method)
    {
        Ratio = ratio;
        Fit = fit;
        Design = design;
        Autocorrelation = autocorrelation;
        Method = method;
    }

    /// <summary>r, or 0 for the level model.</summary>
    public double Ratio { get; }

    public LeastSquaresFit Fit { get; }

    public Design Design { get; }

    /// <summary>The lag-1 autocorrelation of the fit's residuals (<see cref="PredictionInterval.Autocorrelation"/>).</summary>
    public double Autocorrelation { get; }

    /// <summary>One of <see cref="EstimateMethods"/>.</summary>
    public string Method { get; }

    /// <summary>
    /// The model of <paramref name="series"/> on <paramref name="days"/>: with the control when
    /// <paramref name="withControl"/> and the control sold something on those days, else the level model; null
    /// when neither can be fitted (a singular design, too few days).
    /// </summary>
    public static SeriesModel? Of(IReadOnlyList<SalesDay> days, Func<SalesDay, decimal> series, bool withControl)
    {
        if (withControl && RatioOf(days, series) is { } ratio && Fitted(days, series, ratio, EstimateMethods.TbrControls) is { } model)
        {
            return model;
        }

        return Fitted(days, series, 0.0, EstimateMethods.PrePeriodLevel);
    }

    /// <summary>Σ series ÷ Σ control over <paramref name="days"/>; null when the control's total is not positive.</summary>
    public static double? RatioOf(IReadOnlyList<SalesDay> days, Func<SalesDay, decimal> series)
    {
        var control = days.Sum(d => (double)d.Control);
        return control > 0.0 ? days.Sum(d => (double)series(d)) / control : null;
    }

    /// <summary>The prediction for <paramref name="day"/>.</summary>
    public double Predict(SalesDay day) => Fit.Predict(Design.Row(day)) + (Ratio * (double)day.Control);

    /// <summary>Var of Σ over <paramref name="days"/> of (actual − prediction), with the residuals' autocorrelation (<see cref="PredictionInterval.SumVariance"/>).</summary>
    public double SumVariance(IReadOnlyList<SalesDay> days) =>
        PredictionInterval.SumVariance(Fit, days.Select(Design.Row).ToList(), Autocorrelation);

    /// <summary>Var of one day's actual − prediction (<see cref="PredictionInterval.DayVariance"/>).</summary>
    public double DayVariance(SalesDay day) => PredictionInterval.DayVariance(Fit, Design.Row(day));

    private static SeriesModel? Fitted(IReadOnlyList<SalesDay> days, Func<SalesDay, decimal> series, double ratio, string method)
    {
        var design = Design.For(days);
        var rows = days.Select(design.Row).ToList();
        var levelFit = LeastSquaresFit.Fit(rows, days.Select(d => (double)series(d) - (ratio * (double)d.Control)).ToList());

        // The ratio is estimated outside the least squares fit: one more degree of freedom spent.
        var fit = ratio > 0.0 ? levelFit?.SpendingDegreesOfFreedom(1) : levelFit;
        if (fit is null)
        {
            return null;
        }

        var residuals = days.Select((d, i) => (d.Day, (double)series(d) - fit.Predict(rows[i]) - (ratio * (double)d.Control))).ToList();
        return new SeriesModel(ratio, fit, design, PredictionInterval.Autocorrelation(residuals), method);
    }
}

/// <summary>
/// The columns of the level fit: the intercept and one indicator per weekday seen in the fitted days except the
/// first (the reference). A weekday never seen in them (all its days were contaminated) gets the reference level.
/// </summary>
internal sealed record Design(IReadOnlyList<DayOfWeek> Weekdays)
{
    public static Design For(IReadOnlyList<SalesDay> days) =>
        new(days.Select(d => DateOnly.FromDayNumber(d.Day).DayOfWeek).Distinct().Order().Skip(1).ToList());

    public double[] Row(SalesDay day)
    {
        var row = new double[1 + Weekdays.Count];
        row[0] = 1.0;
        var weekday = DateOnly.FromDayNumber(day.Day).DayOfWeek;
        for (var i = 0; i < Weekdays.Count; i++)
        {
            row[1 + i] = Weekdays[i] == weekday ? 1.0 : 0.0;
        }

        return row;
    }
}
