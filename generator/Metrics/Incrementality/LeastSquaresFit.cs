namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// An ordinary least squares fit y = Xβ + e of a handful of columns: the coefficients, (XᵀX)⁻¹ for the
/// prediction error, the residual variance s² and its degrees of freedom n − p.
/// </summary>
/// <remarks>
/// Hand-written normal equations with a Cholesky factorisation: the models here have at most 8 columns
/// and a few dozen rows, the columns are centred and scaled by the caller, and a singular XᵀX (a column
/// that repeats another) is reported as no fit instead of throwing.
/// </remarks>
internal sealed record LeastSquaresFit(double[] Coefficients, double[,] Inverse, double ResidualVariance, int DegreesOfFreedom)
{
    /// <summary>The fit, or null when there are no more rows than columns or XᵀX is not positive definite.</summary>
    public static LeastSquaresFit? Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> y)
    {
        var n = rows.Count;
        if (n == 0 || n != y.Count)
        {
            return null;
        }

        var p = rows[0].Length;
        if (n <= p)
        {
            return null;
        }

        var xtx = new double[p, p];
        var xty = new double[p];
        for (var r = 0; r < n; r++)
        {
            var x = rows[r];
            for (var i = 0; i < p; i++)
            {
                xty[i] += x[i] * y[r];
                for (var j = 0; j < p; j++)
                {
                    xtx[i, j] += x[i] * x[j];
                }
            }
        }

        var inverse = InvertPositiveDefinite(xtx);
        if (inverse is null)
        {
            return null;
        }

        var beta = Multiply(inverse, xty);
        var rss = 0.0;
        for (var r = 0; r < n; r++)
        {
            var e = y[r] - Dot(rows[r], beta);
            rss += e * e;
        }

        return new LeastSquaresFit(beta, inverse, rss / (n - p), n - p);
    }

    /// <summary>
    /// The same fit with <paramref name="parameters"/> more estimated outside it (the counterfactual's ratio):
    /// s² = RSS ÷ (n − p − k) on n − p − k degrees of freedom; null when none would be left.
    /// </summary>
    public LeastSquaresFit? SpendingDegreesOfFreedom(int parameters)
    {
        var left = DegreesOfFreedom - parameters;
        return left > 0 ? this with { ResidualVariance = ResidualVariance * DegreesOfFreedom / left, DegreesOfFreedom = left } : null;
    }

    /// <summary>The fitted value at <paramref name="x"/>: xᵀβ.</summary>
    public double Predict(double[] x) => Dot(x, Coefficients);

    /// <summary>aᵀ(XᵀX)⁻¹b: a leverage term (a = b) or the covariance term of two predictions.</summary>
    public double Leverage(double[] a, double[] b) => Dot(a, Multiply(Inverse, b));

    /// <summary>The inverse of a symmetric positive definite matrix through its Cholesky factor; null when it is not (numerically) positive definite.</summary>
    internal static double[,]? InvertPositiveDefinite(double[,] a)
    {
        var p = a.GetLength(0);
        var l = new double[p, p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                if (i == j)
                {
                    // Relative to the diagonal: a pivot lost in rounding means a column repeats others.
                    if (sum <= 1e-10 * Math.Max(1.0, Math.Abs(a[i, i])))
                    {
                        return null;
                    }

                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        // A⁻¹ column by column: solve L z = e_c, then Lᵀ x = z.
        var inverse = new double[p, p];
        for (var c = 0; c < p; c++)
        {
            var z = new double[p];
            for (var i = 0; i < p; i++)
            {
                var sum = i == c ? 1.0 : 0.0;
                for (var k = 0; k < i; k++)
                {
                    sum -= l[i, k] * z[k];
                }

                z[i] = sum / l[i, i];
            }

            for (var i = p - 1; i >= 0; i--)
            {
                var sum = z[i];
                for (var k = i + 1; k < p; k++)
                {
                    sum -= l[k, i] * inverse[k, c];
                }

                inverse[i, c] = sum / l[i, i];
            }
        }

        return inverse;
    }

    private static double[] Multiply(double[,] m, double[] v)
    {
        var p = v.Length;
        var result = new double[p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                result[i] += m[i, j] * v[j];
            }
        }

        return result;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
