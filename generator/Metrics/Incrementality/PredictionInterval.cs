using MathNet.Numerics.Distributions;

namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// The 90% intervals of SPEC 2 from a fit's prediction error: for the lift summed over the window, and per
/// day for the picture's band. One place, so the interval can be recalibrated (e.g. by the scorer) alone.
/// </summary>
internal static class PredictionInterval
{
    /// <summary>Two-sided coverage of every interval.</summary>
    public const double Level = 0.90;

    /// <summary>
    /// Variance of Σ over the window of (actual − prediction), whose half-width is t(0.95, df) × its root:
    /// s² × (d + Σₜ Σᵤ xₜᵀ(XᵀX)⁻¹xᵤ). The d is the new days' own noise (s² each, independent);
    /// the double sum (leverages plus every covariance between two window days' predictions, since all of
    /// them come from the same β̂) equals x̄ᵀ(XᵀX)⁻¹x̄ for x̄ = Σₜ xₜ, computed that way in O(p²).
    /// </summary>
    /// <param name="autocorrelation">
    /// The lag-1 autocorrelation ρ of the daily errors (<see cref="Autocorrelation"/>); 0 treats them as independent.
    /// </param>
    public static double SumVariance(LeastSquaresFit fit, IReadOnlyList<double[]> windowRows, double autocorrelation = 0.0)
    {
        if (windowRows.Count == 0)
        {
            return 0.0;
        }

        var sum = new double[windowRows[0].Length];
        foreach (var x in windowRows)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += x[i];
            }
        }

        return fit.ResidualVariance * (windowRows.Count + fit.Leverage(sum, sum)) * SumInflation(autocorrelation, windowRows.Count);
    }

    /// <summary>
    /// Var(Σ of d AR(1) errors) ÷ (d σ²) = 1 + (2/d) Σₖ₌₁^{d−1} (d − k) ρᵏ: how much errors that follow each other
    /// widen the interval of a sum over consecutive days (1 for independent errors). Daily sales are not
    /// independent (slow drifts the controls do not explain persist for days), and treating them as independent
    /// made the 90% interval hold the truth far less often than 90% (issue 12's scorer). The same factor
    /// scales the coefficients' part: their error comes from the same correlated days.
    /// </summary>
    public static double SumInflation(double autocorrelation, int days)
    {
        var rho = Math.Clamp(autocorrelation, 0.0, MaxAutocorrelation);
        if (days <= 1 || rho == 0.0)
        {
            return 1.0;
        }

        var sum = 0.0;
        var power = 1.0;
        for (var k = 1; k < days; k++)
        {
            power *= rho;
            sum += (days - k) * power;
        }

        return 1.0 + (2.0 * sum / days);
    }

    /// <summary>
    /// The highest ρ used: an estimate from a few dozen days near 1 means a trend the model misses, not a
    /// measured persistence, and 1 itself would make every interval a multiple of d wide.
    /// </summary>
    public const double MaxAutocorrelation = 0.9;

    /// <summary>
    /// The lag-1 autocorrelation of the fit's residuals: Σ eₜeₜ₊₁ over pairs of consecutive calendar days (a
    /// left-out day breaks the pair) ÷ Σ eₜ² over all days; 0 without a pair or without residual variance.
    /// Negative values are returned as estimated (<see cref="SumInflation"/> treats them as 0).
    /// </summary>
    /// <param name="residuals">(day number, actual − fitted) in ascending day order.</param>
    public static double Autocorrelation(IReadOnlyList<(int Day, double Residual)> residuals)
    {
        var squares = residuals.Sum(r => r.Residual * r.Residual);
        var products = 0.0;
        for (var i = 1; i < residuals.Count; i++)
        {
            if (residuals[i].Day == residuals[i - 1].Day + 1)
            {
                products += residuals[i].Residual * residuals[i - 1].Residual;
            }
        }

        return squares > 0.0 ? products / squares : 0.0;
    }

    /// <summary>Variance of one day's actual − prediction, whose band is t(0.95, df) × its root: s² × (1 + xᵀ(XᵀX)⁻¹x).</summary>
    public static double DayVariance(LeastSquaresFit fit, double[] x) => fit.ResidualVariance * (1.0 + fit.Leverage(x, x));

    /// <summary>The Student-t quantile of the upper tail (1 + level) / 2 with the fit's degrees of freedom.</summary>
    public static double Quantile(int degreesOfFreedom) =>
        StudentT.InvCDF(0.0, 1.0, degreesOfFreedom, (1.0 + Level) / 2.0);
}
