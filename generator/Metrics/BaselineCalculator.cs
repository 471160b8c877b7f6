namespace RoiReportGen.Metrics;

/// <summary>Incremental ROAS by the naive pre-period baseline method (SPEC 2, the naive_* columns).</summary>
internal static class BaselineCalculator
{
    /// <summary>
    /// Window W = <paramref name="start"/>..<paramref name="end"/> (d days, inclusive); b = organic revenue
    /// of the products over the <paramref name="baselineDays"/> days before W / baselineDays;
    /// incremental = all revenue of the products in W − b × d; iROAS = incremental / payout.
    /// </summary>
    public static NaiveIncrementality Compute(
        DateOnly start,
        DateOnly end,
        IReadOnlyList<string> products,
        decimal payout,
        ProductRevenueIndex revenue,
        DateOnly? dataStart,
        int baselineDays)
    {
        var windowDays = end.DayNumber - start.DayNumber + 1;
        var windowRevenue = revenue.All(products, start, end);

        // A pre-period reaching before the data would read missing days as zero revenue and inflate
        // the incremental figure; it is undefined instead. Inside the data, no revenue is a baseline of 0.
        // Day numbers, not DateOnly.AddDays: a pre-period that would start before 0001-01-01 (a window
        // early in year 1, or a long baseline) cannot be a DateOnly, and is "no baseline data" like any
        // other pre-period before the data's first day.
        var preStartDay = (long)start.DayNumber - baselineDays;
        if (dataStart is null || preStartDay < dataStart.Value.DayNumber)
        {
            return new NaiveIncrementality(windowRevenue, null, null, null, null, NaiveIncrementality.NoBaselineData);
        }

        // In range now: dataStart ≤ preStart < start, so start − 1 is a date too.
        var preStart = DateOnly.FromDayNumber((int)preStartDay);
        var organic = revenue.Organic(products, preStart, start.AddDays(-1));
        var daily = Ratio.Of(organic, baselineDays);

        // organic × d / days rather than b × d: one division, exact whenever the result is.
        var baseline = Ratio.Of(organic * windowDays, baselineDays);
        var incremental = windowRevenue - baseline;
        return new NaiveIncrementality(
            windowRevenue,
            daily,
            baseline,
            incremental,
            incremental is { } inc ? Ratio.Of(inc, payout) : null,
            "");
    }
}
