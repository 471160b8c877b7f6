namespace RoiReportGen.Metrics.Incrementality;

/// <summary>
/// A campaign's estimate as one view shows it. The lift is measured once on total sales (all platforms); a
/// platform view shows the campaign's incremental share × that view's attributed revenue, divided by that
/// view's payout. In the All view the view's attributed revenue is the campaign's, so the figures are the lift's.
/// </summary>
internal static class IncrementalView
{
    /// <summary>The estimate with <paramref name="viewAttributed"/> revenue and <paramref name="viewPayout"/> of the view.</summary>
    public static IncrementalEstimate For(CampaignLift lift, decimal viewAttributed, decimal viewPayout)
    {
        if (lift.IncrementalRevenue is not { } incremental)
        {
            return new IncrementalEstimate(
                lift.Method, lift.Lift, null, null, null, null, null, null, null, null,
                lift.OverlapGroup, lift.UsablePreDays, null);
        }

        decimal Part(decimal amount) => Scale(amount, viewAttributed, lift.Attributed);
        var inc = Part(incremental);
        var low = Part(lift.IncrementalRevenueLow!.Value);
        var high = Part(lift.IncrementalRevenueHigh!.Value);
        return new IncrementalEstimate(
            lift.Method,
            lift.Lift,
            Part(lift.CounterfactualRevenue!.Value),
            inc,
            low,
            high,
            Ratio.Of(inc, viewPayout),
            Ratio.Of(low, viewPayout),
            Ratio.Of(high, viewPayout),
            Ratio.Of(incremental, lift.Attributed),
            lift.OverlapGroup,
            lift.UsablePreDays,
            lift.Series)
        {
            SharedHalfWidth = Part(lift.HalfWidth),
            TailRevenue = lift.TailRevenue is { } tail ? Part(tail) : null,
            HaloRevenue = lift.HaloRevenue is { } halo ? Part(halo) : null,
            MinimumDetectableLift = (high - low) / 2m,
            SaleWeek = lift.SaleWeek,
        };
    }

    // amount × part / whole: unchanged in the All view (part = whole); multiplied first where it fits in a decimal,
    // so ₹2100 × 700 / 2100 is exactly 700, divided first for amounts near decimal's range. A campaign with
    // ₹0 attributed over all the data shows its whole lift in every view that names it.
    private static decimal Scale(decimal amount, decimal part, decimal whole)
    {
        if (part == whole || whole == 0m)
        {
            return amount;
        }

        const decimal safe = 1e13m;
        return Math.Abs(amount) < safe && Math.Abs(part) < safe ? amount * part / whole : amount * (part / whole);
    }

    /// <summary>A campaign without attributed rows (payout only): nothing to measure.</summary>
    public static IncrementalEstimate NoWindow { get; } =
        new("", LiftWords.NoWindow, null, null, null, null, null, null, null, null, [], 0, null);
}
