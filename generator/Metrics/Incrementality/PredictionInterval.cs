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
    /// Half-width of the interval of Σ over the window of (actual − prediction):
    /// t(0.95, df) × s × √(d + Σₜ Σᵤ xₜᵀ(XᵀX)⁻¹xᵤ). The d is the new days' own noise (s² each, independent);
    /// the double sum (leverages plus every covariance between two window days' predictions, since all of
    /// them come from the same β̂) equals x̄ᵀ(XᵀX)⁻¹x̄ for x̄ = Σₜ xₜ, computed that way in O(p²).
    /// </summary>
    public static double SumHalfWidth(LeastSquaresFit fit, IReadOnlyList<double[]> windowRows)
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

        var variance = fit.ResidualVariance * (windowRows.Count + fit.Leverage(sum, sum));
        return Quantile(fit.DegreesOfFreedom) * Math.Sqrt(variance);
    }

    /// <summary>Half-width of one day's band: t(0.95, df) × s × √(1 + xᵀ(XᵀX)⁻¹x).</summary>
    /// <param name="quantile">t(0.95, df) of the fit (<see cref="Quantile"/>), computed once per fit: it is a root search.</param>
    public static double DayHalfWidth(LeastSquaresFit fit, double[] x, double quantile) =>
        quantile * Math.Sqrt(fit.ResidualVariance * (1.0 + fit.Leverage(x, x)));

    /// <summary>The Student-t quantile of the upper tail (1 + level) / 2 with the fit's degrees of freedom.</summary>
    public static double Quantile(int degreesOfFreedom) =>
        StudentT.InvCDF(0.0, 1.0, degreesOfFreedom, (1.0 + Level) / 2.0);
}
