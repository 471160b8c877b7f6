namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// In-time placebos (conformal inference for synthetic controls, Chernozhukov, Wüthrich &amp; Zhu 2021): the same
/// estimator run on stretches of the same products, as long as a group's measured period, on which no campaign
/// runs. Each placebo's true lift is 0, so what it measures is the method's whole error there (day-to-day noise,
/// persistent demand the controls do not share, a sale week the controls take differently, a step in a brand's
/// level), in units of the model's own standard error. The spread of those errors over all placebos of the data
/// sets every interval: a data set where the model's interval is too narrow gets wider intervals, one where it
/// holds keeps them.
/// </summary>
internal static class PlaceboCalibration
{
    /// <summary>Placebos per group at most, spread evenly over the stretches the data offers.</summary>
    public const int MaxPerGroup = 8;

    /// <summary>Placebo start days step by a week, so they start on the window's weekday and differ from each other.</summary>
    public const int Step = 7;

    /// <summary>
    /// Fewer placebos over the data set than this: the model's own interval stands. With fewer, the conformal rank
    /// of a 90% interval is the largest error or next to it, so one odd stretch would set every interval.
    /// </summary>
    public const int MinimumPlacebos = 20;

    /// <summary>
    /// The studentised placebo errors (Σ actual − counterfactual over the stretch ÷ the model's standard error) of one
    /// group's products: stretches as long as the group's measured period [<paramref name="ownStart"/>,
    /// <paramref name="ownEnd"/>] that are campaign-free for them, start a week apart and stay clear of that period,
    /// each fitted by <see cref="IncrementalEstimator.FitSpan"/> as the group was.
    /// </summary>
    public static IReadOnlyList<double> Run(
        SalesIndex sales, IReadOnlySet<string> products, IReadOnlySet<string> brands, int ownStart, int ownEnd, int baselineDays, int dataEnd)
    {
        var length = ownEnd - ownStart + 1;

        // A stretch needs the minimum of fit days before it; it must end within the data.
        var first = sales.FirstDay + IncrementalEstimator.MinimumPreDays + (((ownStart - sales.FirstDay - IncrementalEstimator.MinimumPreDays) % Step) + Step) % Step;
        var candidates = new List<int>();
        for (long s = first; s + length - 1 <= dataEnd; s += Step)
        {
            var from = (int)s;
            var to = from + length - 1;
            if (to >= ownStart && from <= ownEnd)
            {
                continue;
            }

            if (sales.CleanDays(from, to, products).Count == length)
            {
                candidates.Add(from);
            }
        }

        var errors = new List<double>(MaxPerGroup);
        foreach (var from in Spread(candidates, MaxPerGroup))
        {
            var to = from + length - 1;
            var placebo = IncrementalEstimator.FitSpan(sales, products, brands, from, to, to, baselineDays, dataEnd).Lift;
            if (placebo is not null && placebo.StandardError > 0.0)
            {
                errors.Add((double)placebo.Incremental / placebo.StandardError);
            }
        }

        return errors;
    }

    /// <summary>
    /// The calibrated quantile: the ⌈(n + 1) × 0.9⌉-th smallest absolute placebo error (the split-conformal rank, so
    /// a new error exceeds it with probability at most 10%); null with fewer than <see cref="MinimumPlacebos"/>.
    /// </summary>
    public static double? Quantile(IEnumerable<double> errors)
    {
        var sorted = errors.Select(Math.Abs).Order().ToList();
        if (sorted.Count < MinimumPlacebos)
        {
            return null;
        }

        var rank = (int)Math.Ceiling((sorted.Count + 1) * PredictionInterval.Level);
        return sorted[Math.Min(rank, sorted.Count) - 1];
    }

    // At most `count` of the items, evenly spaced, the first and last included.
    private static IEnumerable<int> Spread(List<int> items, int count)
    {
        if (items.Count <= count)
        {
            return items;
        }

        return Enumerable.Range(0, count).Select(i => items[(int)((long)i * (items.Count - 1) / (count - 1))]);
    }
}
