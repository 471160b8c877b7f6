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
                lift.Method, lift.Verdict, null, null, null, null, null, null, null, null,
                lift.OverlapGroup, lift.UsablePreDays, null);
        }

        // Exactly 1 in the All view (no division, so no 28th-digit drift); the view's part of the campaign otherwise.
        var factor = viewAttributed == lift.Attributed ? 1m : Ratio.Of(viewAttributed, lift.Attributed) ?? 0m;
        var inc = incremental * factor;
        var low = lift.IncrementalRevenueLow!.Value * factor;
        var high = lift.IncrementalRevenueHigh!.Value * factor;
        return new IncrementalEstimate(
            lift.Method,
            lift.Verdict,
            lift.CounterfactualRevenue!.Value * factor,
            inc,
            low,
            high,
            Ratio.Of(inc, viewPayout),
            Ratio.Of(low, viewPayout),
            Ratio.Of(high, viewPayout),
            Ratio.Of(incremental, lift.Attributed),
            lift.OverlapGroup,
            lift.UsablePreDays,
            lift.Series);
    }

    /// <summary>A campaign without attributed rows (payout only): nothing to measure.</summary>
    public static IncrementalEstimate NoWindow { get; } =
        new("", Verdicts.NoWindow, null, null, null, null, null, null, null, null, [], 0, null);
}
