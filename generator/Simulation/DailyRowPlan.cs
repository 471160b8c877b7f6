namespace RoiReportGen.Simulation;

/// <summary>
/// How many organic and attributed tracking rows fall on each day. Computed up front in
/// O(days) memory, so the rows themselves can stream out in date order with an exact total.
/// </summary>
internal sealed class DailyRowPlan
{
    private DailyRowPlan(DateOnly firstDay, long[] organic, long[] attributed)
    {
        FirstDay = firstDay;
        Organic = organic;
        Attributed = attributed;
    }

    public DateOnly FirstDay { get; }

    public IReadOnlyList<long> Organic { get; }

    public IReadOnlyList<long> Attributed { get; }

    public int Days => Organic.Count;

    public static DailyRowPlan Create(SimulationOptions options, IReadOnlyList<SimulatedCampaign> campaigns)
    {
        var days = options.LastDay.DayNumber - options.FirstDay.DayNumber + 1;
        var organicWeights = new double[days];
        var attributedWeights = new double[days];
        for (var d = 0; d < days; d++)
        {
            var day = options.FirstDay.AddDays(d);
            organicWeights[d] = OrganicWeight(day, d / (double)days);
            foreach (var campaign in campaigns)
            {
                if (campaign.CanSell && campaign.IsActive(day))
                {
                    attributedWeights[d] += campaign.Intensity(day);
                }
            }
        }

        var attributedTotal = (long)Math.Round(options.TrackingRows * (1 - options.OrganicShare));
        if (attributedWeights.Sum() <= 0)
        {
            // No campaign can sell (a tiny roster of duds): every row is organic.
            attributedTotal = 0;
        }

        return new DailyRowPlan(
            options.FirstDay,
            Allocate(options.TrackingRows - attributedTotal, organicWeights),
            Allocate(attributedTotal, attributedWeights));
    }

    /// <summary>
    /// Organic demand: weekend bump (people shop on Saturday and Sunday), a payday lift in the
    /// first days of the month, and a mild upward trend of 25% over the period.
    /// </summary>
    private static double OrganicWeight(DateOnly day, double progress)
    {
        var weekday = day.DayOfWeek switch
        {
            DayOfWeek.Saturday => 1.25,
            DayOfWeek.Sunday => 1.3,
            DayOfWeek.Friday => 1.1,
            _ => 1.0,
        };
        var payday = day.Day <= 5 ? 1.1 : 1.0;
        return weekday * payday * (1 + (0.25 * progress));
    }

    /// <summary>Splits <paramref name="total"/> over the days in proportion to the weights, exactly (cumulative rounding).</summary>
    private static long[] Allocate(long total, double[] weights)
    {
        var counts = new long[weights.Length];
        var sum = weights.Sum();
        if (total == 0 || sum <= 0)
        {
            return counts;
        }

        var cumulative = 0.0;
        long assigned = 0;
        for (var d = 0; d < weights.Length; d++)
        {
            cumulative += weights[d];
            var upTo = d == weights.Length - 1 ? total : (long)Math.Floor(total * Math.Min(1, cumulative / sum));
            counts[d] = Math.Max(0, upTo - assigned);
            assigned += counts[d];
        }

        return counts;
    }
}
