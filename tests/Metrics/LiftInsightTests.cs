using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Tests.Metrics;

/// <summary>
/// Issue 12 item 3, the incrementality insights: which campaign's attributed ROAS most overstates its iROAS, and
/// which campaigns show no measurable (or a negative) lift. Campaign summaries are built by hand so every gap is exact.
/// </summary>
public sealed class LiftInsightTests
{
    /// <summary>
    /// A campaign with payout <paramref name="payout"/>, attributed revenue <paramref name="revenue"/> (ROAS = revenue / payout)
    /// and incremental revenue <paramref name="incremental"/> (iROAS = incremental / payout), its interval ±10% of payout.
    /// </summary>
    internal static CampaignSummary Campaign(string name, decimal payout, decimal revenue, decimal? incremental, string verdict = LiftWords.Incremental)
    {
        decimal? Per(decimal? amount) => amount is { } a && payout > 0m ? a / payout : null;
        var low = incremental - (payout / 10m);
        var high = incremental + (payout / 10m);
        var estimate = new IncrementalEstimate(
            incremental is null ? "" : EstimateMethods.TbrControls,
            verdict,
            incremental is null ? null : revenue - incremental,
            incremental,
            incremental is null ? null : low,
            incremental is null ? null : high,
            Per(incremental),
            Per(incremental is null ? null : low),
            Per(incremental is null ? null : high),
            incremental is { } i && revenue > 0m ? i / revenue : null,
            [],
            incremental is null ? 0 : 56,
            null);
        return new CampaignSummary(
            name, "MuscleBlaze", DataBuilder.Day(60), DataBuilder.Day(66), 7, ["P"], 1, 1, revenue, payout, 0m,
            payout > 0m ? revenue / payout : null, revenue - payout, NaiveIncrementality.WithoutWindow, estimate, CampaignOverlaps.None);
    }

    private static ReportInsights Find(params CampaignSummary[] campaigns) => InsightFinder.Find([], campaigns, [], []);

    [Fact]
    public void The_most_overstated_campaign_has_the_largest_gap_between_attributed_roas_and_iroas()
    {
        // Gaps: Big 5 − 2 = 3 (ROAS 500/100, iROAS 200/100); High 8 − 6 = 2; Low 1.2 − 0.2 = 1.
        var i = Find(
            Campaign("High", 100m, 800m, 600m),
            Campaign("Big", 100m, 500m, 200m),
            Campaign("Low", 100m, 120m, 20m, LiftWords.NoMeasurableLift));

        Assert.Equal(new LiftFigure("Big", LiftWords.Incremental, 5m, 2m, 1.9m, 2.1m, 0.4m, 100m), i.MostOverstated);   // 200 / 500 = 40%
    }

    [Fact]
    public void A_no_lift_or_negative_campaign_can_be_the_most_overstated()
    {
        // Neg: 1 − (−0.5) = 1.5 beats Inc: 3 − 2 = 1.
        var i = Find(
            Campaign("Inc", 100m, 300m, 200m),
            Campaign("Neg", 100m, 100m, -50m, LiftWords.Negative));

        Assert.Equal("Neg", i.MostOverstated!.Campaign);
        Assert.Equal(-0.5m, i.MostOverstated.Iroas);
        Assert.Equal(-0.5m, i.MostOverstated.IncrementalShare);    // −50 / 100
    }

    [Fact]
    public void A_tied_gap_goes_to_the_larger_payout_then_to_the_name()
    {
        // Every gap is 1: A 300/100 − 200/100, B 600/200 − 400/200, C 600/200 − 400/200.
        var i = Find(
            Campaign("A", 100m, 300m, 200m),
            Campaign("C", 200m, 600m, 400m),
            Campaign("B", 200m, 600m, 400m));

        Assert.Equal("B", i.MostOverstated!.Campaign);     // payout 200 beats 100; B < C by name
    }

    [Fact]
    public void A_gap_of_exactly_zero_or_below_is_no_insight()
    {
        // Even: ROAS 3 = iROAS 3 (all of it incremental); Under: iROAS 4 above ROAS 3 (share 133%).
        var i = Find(
            Campaign("Even", 100m, 300m, 300m),
            Campaign("Under", 100m, 300m, 400m));

        Assert.Null(i.MostOverstated);
    }

    [Fact]
    public void An_undefined_iroas_or_roas_is_never_chosen()
    {
        // NoBase has no estimate (no baseline data), Unpaid has payout 0 (both ratios undefined) and a huge revenue;
        // only Small, gap 2 − 1.5 = 0.5, qualifies.
        var i = Find(
            Campaign("NoBase", 100m, 9_000m, null, LiftWords.NoBaselineData),
            Campaign("Unpaid", 0m, 9_000m, 100m),
            Campaign("Small", 100m, 200m, 150m));

        Assert.Equal("Small", i.MostOverstated!.Campaign);
        Assert.Null(Find(Campaign("NoBase", 100m, 9_000m, null, LiftWords.NoBaselineData)).MostOverstated);
    }

    [Fact]
    public void A_verdict_without_an_estimate_is_never_chosen_even_with_figures()
    {
        // "no window" and "no baseline data" compare nothing, whatever numbers sit beside them.
        var i = Find(
            Campaign("W", 100m, 900m, 100m, LiftWords.NoWindow),
            Campaign("B", 100m, 900m, 100m, LiftWords.NoBaselineData));

        Assert.Null(i.MostOverstated);
    }

    [Fact]
    public void No_measurable_lift_lists_those_campaigns_largest_payout_first_then_by_name_and_negative_ones_apart()
    {
        var i = Find(
            Campaign("Zz", 100m, 300m, 10m, LiftWords.NoMeasurableLift),
            Campaign("Aa", 100m, 300m, 10m, LiftWords.NoMeasurableLift),
            Campaign("Big", 500m, 300m, 10m, LiftWords.NoMeasurableLift),
            Campaign("Fine", 900m, 3_000m, 2_000m),
            Campaign("Down", 100m, 300m, -200m, LiftWords.Negative),
            Campaign("NoBase", 900m, 300m, null, LiftWords.NoBaselineData));

        Assert.Equal(["Big", "Aa", "Zz"], i.NoMeasurableLift.Select(c => c.Campaign));
        Assert.Equal(new LiftFigure("Big", LiftWords.NoMeasurableLift, 0.6m, 0.02m, -0.08m, 0.12m, 10m / 300m, 500m), i.NoMeasurableLift[0]);
        Assert.Equal(["Down"], i.NegativeLift.Select(c => c.Campaign));
    }

    [Fact]
    public void Every_campaign_with_lift_means_no_lift_lists()
    {
        var i = Find(Campaign("Fine", 100m, 300m, 200m), Campaign("NoBase", 100m, 300m, null, LiftWords.NoBaselineData));

        Assert.Empty(i.NoMeasurableLift);
        Assert.Empty(i.NegativeLift);
        Assert.Null(Find().MostOverstated);
    }

    [Fact]
    public void A_campaign_without_pre_period_data_built_end_to_end_is_never_the_most_overstated()
    {
        // One day of sales and nothing before it: "no baseline data", iROAS undefined, so no insight.
        var view = new DataBuilder().Influencer("x")
            .Sale(0, "C", "x", "P", 1, 900m).Pay("x", 100m, "C")
            .All();
        var i = view.Insights;

        Assert.Equal(LiftWords.NoBaselineData, view.Campaign("C").Incremental.Lift);
        Assert.Equal(9m, view.Campaign("C").Roas);
        Assert.Null(i.MostOverstated);
        Assert.Empty(i.NoMeasurableLift);
        Assert.Empty(i.NegativeLift);
    }
}
