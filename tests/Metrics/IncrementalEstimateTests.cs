using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Tests.Metrics;

/// <summary>
/// Issue 12 item 7: hand-worked fixtures for the counterfactual estimator (SPEC 2, "Incremental revenue and iROAS").
/// </summary>
/// <remarks>
/// The fixtures share one construction so the fit is exact by hand. Pre-period days 0..27 (4 weeks; the data
/// starts on day 0, so the 56-day pre-period is cut to these 28 days):
///   control product "C0" (of another brand: none of the campaign's brand is a control): cₜ = 1000 + 10·t + weekly[t mod 7], weekly = 0, 50, 100, 150, 100, 50, 0;
///   treated product "T":  yₜ = 0.5·cₜ + noiseₜ, noiseₜ = ±10 by week (+, −, −, +).
/// The noise sums to 0 within every weekday (so to 0 overall): the ratio r = Σy ÷ Σc = 0.5·Σc ÷ Σc = 0.5 exactly,
/// what it leaves, yₜ − 0.5·cₜ = noiseₜ, has weekday means of 0, so the level fit on it (intercept and weekday
/// effects) is all zeros and its residuals are the noise.
/// In the window (no noise) the counterfactual is 0.5·cₜ and anything above it is lift.
/// </remarks>
public sealed class IncrementalEstimateTests
{
    private static readonly decimal[] Weekly = [0m, 50m, 100m, 150m, 100m, 50m, 0m];

    /// <summary>The control products' brand; the campaigns sell the builder's default brand.</summary>
    private const string Other = "HKVitals";

    private static decimal Control(int t) => 1000m + 10m * t + Weekly[t % 7];

    private static decimal Noise(int t) => t >= 28 ? 0m : (t / 7) is 0 or 3 ? 10m : -10m;

    /// <summary>Days 0..34: the control everywhere, T's organic = 0.5·c + noise − <paramref name="organicDrop"/> in the window (28..34).</summary>
    private static DataBuilder Fixture(bool withControl = true, decimal organicDrop = 0m, int lastDay = 34)
    {
        var b = new DataBuilder().Influencer("a").Influencer("b", "YouTube");
        for (var t = 0; t <= lastDay; t++)
        {
            if (withControl)
            {
                b.Organic(t, "C0", Control(t), Other);
            }

            var level = withControl ? 0.5m * Control(t) : 500m + Weekly[t % 7];
            b.Organic(t, "T", level + Noise(t) - (t >= 28 ? organicDrop : 0m));
        }

        return b;
    }

    private static DataBuilder WithStep(DataBuilder b, string campaign = "Step", decimal payout = 700m)
    {
        for (var t = 28; t <= 34; t++)
        {
            b.Sale(t, campaign, "a", "T", 1, 300m);
        }

        return payout > 0m ? b.Pay("a", payout, campaign) : b;
    }

    [Fact]
    public void A_step_lift_over_a_control_with_the_same_weekly_pattern_is_recovered()
    {
        var c = WithStep(Fixture()).All().Campaign("Step").Incremental;

        Assert.Equal(EstimateMethods.TbrControls, c.Method);
        Assert.Equal(28, c.UsablePreDays);                       // days 0..27, none contaminated
        // Σ over days 28..34 of 0.5·cₜ: Σcₜ = 7·1000 + 10·(28 + … + 34) + Σweekly = 7000 + 2170 + 450 = 9620;
        // 0.5·9620 = 4810.
        Assert.Equal(4_810m, c.CounterfactualRevenue);
        Assert.Equal(2_100m, c.IncrementalRevenue);              // the step: 7 days × ₹300
        Assert.Equal(3m, c.Iroas);                               // 2100 / 700
        Assert.Equal(1m, c.IncrementalShare);                    // 2100 / 2100 attributed

        // Residual variance s² = 28 · 10² / (28 − 7 columns − 1 for the ratio) = 140 on 20 degrees of freedom.
        // The window's 7 days are one of each weekday: x̄ = Σ window rows = (7, 1, 1, 1, 1, 1, 1), and
        // x̄ᵀ(XᵀX)⁻¹x̄ = 7 weekday levels each fitted from 4 days = 7 · 1/4 = 1.75. The noise comes in week-long
        // blocks, so the residuals (exactly the noise: ±10) follow each other: ρ = (24 same-sign pairs within weeks
        // + 1 at the week 1→2 boundary − 2 at the sign changes) · 100 / (28 · 100) = 2300 / 2800 = 0.8214, and the
        // sum of 7 days' errors has 1 + (2/7) Σₖ₌₁⁶ (7 − k) ρᵏ = 1 + (2/7) · 12.9403 = 4.6972 times the variance of
        // independent ones. Half-width = t(0.95, 20) · √(140 · (7 + 1.75) · 4.6972) = 1.72472 · √5754.11
        // = 1.72472 · 75.856 = 130.83.
        var half = (c.IncrementalRevenueHigh!.Value - c.IncrementalRevenueLow!.Value) / 2m;
        Assert.Equal(130.83m, half);
        Assert.InRange(2_100m, c.IncrementalRevenueLow.Value, c.IncrementalRevenueHigh.Value);
        Assert.Equal(LiftWords.Incremental, c.Lift);
        Assert.Equal(c.IncrementalRevenueLow / 700m, c.IroasLow);
        // The whole iROAS interval (2969.17 / 700 to 3230.83 / 700) is above 1; the smallest lift this interval
        // tells from 0 is its half-width; no tail (the data ends with the window), no sister product, no sale week.
        Assert.Equal(Verdicts.PaysBack, c.Verdict);
        Assert.Equal(130.83m, c.MinimumDetectableLift);
        Assert.Equal(0m, c.TailRevenue);
        Assert.Null(c.HaloRevenue);
        Assert.Equal("", c.SaleWeek);

        // The picture: 28 pre-period days then the 7 window days; the cumulative lift ends at the total.
        Assert.Equal(35, c.Series!.Days.Count);
        Assert.Equal(2_100m, c.Series.Days[^1].CumulativeLift);
        Assert.Equal(0m, c.Series.Days[27].CumulativeLift);
        Assert.Equal(["T"], c.Series.Products);
    }

    [Fact]
    public void The_carryover_tail_is_measured_and_the_campaign_free_days_after_it_join_the_fit()
    {
        // T alone (the level model, so the arithmetic is by hand): 500 + weekly before the window (days 0..27),
        // 550 + weekly plus the ₹300 step in the window (28..34), 600 + weekly in the 28-day carry-over tail
        // (35..62: people who saw the posts still buy, ₹50 a day above the counterfactual), 575 + weekly in the
        // post-period (63..118 = 62 + 56: as many days as --baseline-days) and 5,000 after it (119..125, ignored).
        var b = new DataBuilder().Influencer("a");
        for (var t = 0; t <= 125; t++)
        {
            var organic = t switch
            {
                <= 27 => 500m + Weekly[t % 7],
                <= 34 => 550m + Weekly[t % 7],
                <= 62 => 600m + Weekly[t % 7],
                <= 118 => 575m + Weekly[t % 7],
                _ => 5_000m,
            };
            b.Organic(t, "T", organic);
        }

        var c = WithStep(b).All().Campaign("Step").Incremental;

        Assert.Equal(EstimateMethods.PrePeriodLevel, c.Method);
        Assert.Equal(28, c.UsablePreDays);                        // the pre-period alone (the 14-day rule's count)
        // Each weekday: 4 pre-period days at 500 + w and 8 post-period days at 575 + w, mean (4·500 + 8·575) / 12
        // = 550 (+ w). Over the 35 measured days the counterfactual is 35 · 550 + 5 · Σweekly 450 = 21,500; the
        // lift is the window's 2100 plus the tail's 28 · 50 = 1400.
        Assert.Equal(21_500m, c.CounterfactualRevenue);
        Assert.Equal(3_500m, c.IncrementalRevenue);
        Assert.InRange(3_500m, c.IncrementalRevenueLow!.Value, c.IncrementalRevenueHigh!.Value);
        // The picture: the pre-period, the window and the tail (28 + 7 + 28 days); the window's own lift is the step.
        Assert.Equal(63, c.Series!.Days.Count);
        Assert.Equal(DataBuilder.Day(34), c.Series.WindowEnd);
        Assert.Equal(DataBuilder.Day(62), c.Series.TailEnd);
        Assert.Equal(2_100m, c.Series.Days[34].CumulativeLift);
        Assert.Equal(3_500m, c.Series.Days[^1].CumulativeLift);
        Assert.Equal(1_400m, c.TailRevenue);

        // Without a carry-over tail, the fit takes the days right after the window: the tail's 600s raise the
        // counterfactual and the window is measured alone.
        var untailed = WithStep(b).All(carryoverDays: 0).Campaign("Step").Incremental;
        Assert.Equal(35, untailed.Series!.Days.Count);
        Assert.Equal(untailed.Series.WindowEnd, untailed.Series.TailEnd);
    }

    [Fact]
    public void A_controls_own_day_to_day_noise_does_not_flatten_the_counterfactuals_trend()
    {
        // The control carries sampling noise T does not share: cₜ = 1000 + 10·t + uₜ, uₜ = ±50 by week (+, −, −, +)
        // in the pre-period and 0 in the window; T = 0.5·(1000 + 10·t) plus the step. A least squares slope on c
        // is attenuated (Var c = Var signal + Var u) and undershoots the trend in the window; the ratio
        // Σy ÷ Σc = 0.5·Σ(1000 + 10t) ÷ (Σ(1000 + 10t) + Σu) = 0.5 (Σu = 0) is not. What it leaves,
        // yₜ − 0.5·cₜ = −0.5·uₜ, has weekday means 0, so the counterfactual over days 28..34 is
        // 0.5·Σ(1000 + 10t) = 0.5·(7000 + 2170) = 4585 and the lift is the step, 7 × ₹300 = 2100.
        var b = new DataBuilder().Influencer("a");
        for (var t = 0; t <= 34; t++)
        {
            var signal = 1000m + 10m * t;
            var u = t >= 28 ? 0m : (t / 7) is 0 or 3 ? 50m : -50m;
            b.Organic(t, "C0", signal + u, Other).Organic(t, "T", 0.5m * signal);
        }

        var c = WithStep(b).All().Campaign("Step").Incremental;

        Assert.Equal(EstimateMethods.TbrControls, c.Method);
        Assert.Equal(4_585m, c.CounterfactualRevenue);
        Assert.Equal(2_100m, c.IncrementalRevenue);
    }

    [Fact]
    public void Products_a_campaign_touches_in_the_pre_period_are_not_controls()
    {
        // Other sells ₹50,000 a day of product X on days 5..6. Were X a control, the control series would jump
        // there while T does not, and the ratio would no longer be the exact 0.5: the same 4810 and 2100
        // as without X show it is left out.
        var b = WithStep(Fixture());
        b.Sale(5, "Other", "b", "X", 1, 50_000m, Other).Sale(6, "Other", "b", "X", 1, 50_000m, Other).Organic(20, "X", 7_000m, Other);
        var c = b.All().Campaign("Step").Incremental;

        Assert.Equal(EstimateMethods.TbrControls, c.Method);
        Assert.Equal(4_810m, c.CounterfactualRevenue);
        Assert.Equal(2_100m, c.IncrementalRevenue);
    }

    [Fact]
    public void Two_overlapping_campaigns_share_the_joint_lift_by_attributed_revenue_not_doubled()
    {
        // A: days 28..31 at ₹200 (₹800 attributed); B: days 30..34 at ₹100 (₹500). Buyers who would have bought
        // anyway: T's organic falls ₹130 a day in the window, so the joint lift over days 28..34 is
        // 800 + 500 − 7 × 130 = 390, shared 800 : 500: A 390 · 800/1300 = 240, B 390 · 500/1300 = 150.
        var b = Fixture(organicDrop: 130m);
        for (var t = 28; t <= 31; t++)
        {
            b.Sale(t, "A", "a", "T", 1, 200m);
        }

        for (var t = 30; t <= 34; t++)
        {
            b.Sale(t, "B", "b", "T", 1, 100m);
        }

        var r = b.Pay("a", 100m, "A").Pay("b", 100m, "B").All();
        var a = r.Campaign("A").Incremental;
        var bb = r.Campaign("B").Incremental;

        Assert.Equal(240m, a.IncrementalRevenue);
        Assert.Equal(150m, bb.IncrementalRevenue);
        Assert.Equal(390m, a.IncrementalRevenue + bb.IncrementalRevenue); // never more than the measured lift
        Assert.Equal(["A", "B"], a.OverlapGroup);
        Assert.Equal(["A", "B"], bb.OverlapGroup);
        Assert.Same(a.Series, bb.Series);                                  // one fit, one picture
        Assert.Equal(0.3m, a.IncrementalShare);                            // 240 / 800
        Assert.Equal(0.3m, bb.IncrementalShare);                           // 150 / 500

        // The naive method counts B's sales in A's window (and the reverse): its sum exceeds the lift.
        Assert.True(r.Campaign("A").Naive.IncrementalRevenue + r.Campaign("B").Naive.IncrementalRevenue > 390m);
    }

    [Fact]
    public void Without_a_control_product_the_pre_period_level_with_weekday_effects_is_used_and_labelled()
    {
        // T alone: yₜ = 500 + weekly[t mod 7] + noise; the level model recovers 500 + weekly exactly.
        var c = WithStep(Fixture(withControl: false)).All().Campaign("Step").Incremental;

        Assert.Equal(EstimateMethods.PrePeriodLevel, c.Method);
        Assert.Equal("pre-period-level", c.Method);
        Assert.Equal(3_950m, c.CounterfactualRevenue);            // 7 · 500 + Σweekly 450
        Assert.Equal(2_100m, c.IncrementalRevenue);
        Assert.InRange(2_100m, c.IncrementalRevenueLow!.Value, c.IncrementalRevenueHigh!.Value);
    }

    [Theory]
    [InlineData(13, LiftWords.NoBaselineData)]                     // days 0..12: 13 usable days
    [InlineData(14, LiftWords.Incremental)]                        // days 0..13: 14, just enough
    public void Fewer_than_14_usable_pre_period_days_is_no_baseline_data(int start, string verdict)
    {
        var b = new DataBuilder().Influencer("a");
        for (var t = 0; t <= start + 2; t++)
        {
            b.Organic(t, "T", 100m + t % 3);
        }

        var c = b.Sale(start, "C", "a", "T", 1, 5_000m).Pay("a", 100m, "C").All().Campaign("C").Incremental;

        Assert.Equal(verdict, c.Lift);
        Assert.Equal(start, c.UsablePreDays);
        if (verdict == LiftWords.NoBaselineData)
        {
            Assert.Equal("", c.Method);
            Assert.Null(c.IncrementalRevenue);
            Assert.Null(c.Iroas);
            Assert.Null(c.Series);
        }
    }

    [Fact]
    public void Days_another_campaign_runs_on_the_products_are_not_pre_period_data()
    {
        // Early runs on T on days 0..9; Late starts on day 20: its pre-period days 0..19 lose 0..9, leaving 10 (< 14).
        var b = new DataBuilder().Influencer("a");
        for (var t = 0; t <= 22; t++)
        {
            b.Organic(t, "T", 100m + t % 3);
        }

        for (var t = 0; t <= 9; t++)
        {
            b.Sale(t, "Early", "a", "T", 1, 50m);
        }

        var late = b.Sale(20, "Late", "a", "T", 1, 500m).All(carryoverDays: 0).Campaign("Late").Incremental;

        Assert.Equal(10, late.UsablePreDays);
        Assert.Equal(LiftWords.NoBaselineData, late.Lift);
        Assert.Empty(late.OverlapGroup);                          // days 0..9 and day 20 do not overlap

        // With Early's 28-day carry-over (days 10..37) its pull still lasts on day 20: no pre-period day is clean.
        Assert.Equal(0, b.All().Campaign("Late").Incremental.UsablePreDays);
    }

    [Fact]
    public void At_payout_zero_the_iroas_is_undefined_but_the_lift_is_not()
    {
        var c = WithStep(Fixture(), payout: 0m).All().Campaign("Step").Incremental;

        Assert.Equal(2_100m, c.IncrementalRevenue);
        Assert.Null(c.Iroas);
        Assert.Null(c.IroasLow);
        Assert.Null(c.IroasHigh);
    }

    [Fact]
    public void A_negative_lift_is_shown_negative_never_clamped()
    {
        // Attributed ₹300 a day, but T's organic falls ₹700 a day in the window: lift 7 · (300 − 700) = −2800.
        var r = WithStep(Fixture(organicDrop: 700m)).All();
        var c = r.Campaign("Step").Incremental;

        Assert.Equal(-2_800m, c.IncrementalRevenue);
        Assert.Equal(-4m, c.Iroas);                               // −2800 / 700
        Assert.Equal(LiftWords.Negative, c.Lift);
        Assert.True(c.IroasHigh < 0m);
        Assert.Equal(-4m, r.Kpis.Iroas.Iroas);                    // the headline is negative too
    }

    [Fact]
    public void A_payout_only_campaign_has_no_window()
    {
        var c = WithStep(Fixture()).Pay("b", 50m, "Ghost").All().Campaign("Ghost").Incremental;

        Assert.Equal(LiftWords.NoWindow, c.Lift);
        Assert.Null(c.IncrementalRevenue);
    }

    [Fact]
    public void Views_reuse_the_one_estimate_and_show_their_share_of_it()
    {
        // Step's ₹2100 attributed: ₹1400 by a (Instagram, days 28..34 at 200) and ₹700 by b (YouTube, at 100).
        var b = Fixture();
        for (var t = 28; t <= 34; t++)
        {
            b.Sale(t, "Step", "a", "T", 1, 200m).Sale(t, "Step", "b", "T", 1, 100m);
        }

        var model = b.Pay("a", 700m, "Step").Pay("b", 100m, "Step").Report();
        var all = model.All.Campaign("Step").Incremental;
        var youtube = model.Platform("YouTube").Campaign("Step").Incremental;

        Assert.Same(all.Series, youtube.Series);                  // fitted once, not per view
        Assert.Same(all.Series, model.Platform("Instagram").Campaign("Step").Incremental.Series);
        Assert.Equal(2_100m, all.IncrementalRevenue);
        Assert.Equal(700m, youtube.IncrementalRevenue);           // share 2100/2100 = 1 × YouTube's ₹700 attributed
        Assert.Equal(7m, youtube.Iroas);                          // 700 / YouTube's ₹100 payout
        Assert.Equal(2.625m, all.Iroas);                          // 2100 / 800
    }

    [Fact]
    public void With_fewer_than_14_campaign_free_pre_period_days_the_nearest_14_further_back_are_used()
    {
        // Early runs on T on days 30..79 and Late starts on day 80: its 56-day pre-period (days 24..79) keeps only
        // days 24..29 (6 < 14), so the estimator reaches back for the nearest 14 campaign-free days: 16..29.
        // (No carry-over tail here, so the window is day 80 alone and the arithmetic stays one day's.)
        // No control product: the pre-period level with weekday effects. Day 80 is weekday 80 mod 7 = 3, seen on
        // days 17 and 24 of the pre-period: organic 100 + 17 mod 3 = 102 and 100 + 24 mod 3 = 100, mean 101 = the
        // counterfactual. Actual on day 80: organic 100 + 80 mod 3 = 102 plus Late's sale 500 = 602; lift 602 − 101 = 501.
        var b = new DataBuilder().Influencer("a");
        for (var t = 0; t <= 82; t++)
        {
            b.Organic(t, "T", 100m + t % 3);
        }

        for (var t = 30; t <= 79; t++)
        {
            b.Sale(t, "Early", "a", "T", 1, 50m);
        }

        var late = b.Sale(80, "Late", "a", "T", 1, 500m).All(carryoverDays: 0).Campaign("Late").Incremental;

        Assert.Equal(14, late.UsablePreDays);
        Assert.Equal(EstimateMethods.PrePeriodLevel, late.Method);
        Assert.Equal(DataBuilder.Day(16), late.Series!.Days[0].Date);
        Assert.Equal(DataBuilder.Day(29), late.Series.Days[13].Date);
        Assert.Equal(101m, late.CounterfactualRevenue);
        Assert.Equal(501m, late.IncrementalRevenue);
        Assert.Empty(late.OverlapGroup);                          // Early ends on day 79, the day before Late

        // A pre-period set below 14 days is not stretched: --baseline-days 10 leaves days 70..79, all Early's.
        var short10 = b.All(baselineDays: 10, carryoverDays: 0).Campaign("Late").Incremental;
        Assert.Equal(LiftWords.NoBaselineData, short10.Lift);
        Assert.Equal(0, short10.UsablePreDays);
    }

    [Fact]
    public void The_brands_unpromoted_products_are_no_control_and_their_lift_is_the_campaigns_halo()
    {
        // S is T's sister (same brand, never promoted) at 0.2·cₜ, lifted ₹100 a day in the window by the posts.
        // As a control it would carry the campaign's own lift into the counterfactual; measured beside T, its
        // 7 · 100 = 700 is part of the campaign's incremental revenue, shown apart as the halo.
        var b = Fixture();
        for (var t = 0; t <= 34; t++)
        {
            b.Organic(t, "S", 0.2m * Control(t) + (t >= 28 ? 100m : 0m));
        }

        var c = WithStep(b).All().Campaign("Step").Incremental;

        Assert.Equal(EstimateMethods.TbrControls, c.Method);      // C0, of another brand, is the control
        Assert.Equal(["S"], c.Series!.SisterProducts);
        Assert.Equal(["T"], c.Series.Products);
        // Counterfactual (0.5 + 0.2)·Σcₜ = 0.7 · 9620 = 6734; lift 2100 + 700.
        Assert.Equal(6_734m, c.CounterfactualRevenue);
        Assert.Equal(2_800m, c.IncrementalRevenue);
        Assert.Equal(700m, c.HaloRevenue);
    }

    [Theory]
    [InlineData(1.0, 2.0, Verdicts.PaysBack)]        // the whole interval at or above break-even (1 included)
    [InlineData(0.5, 0.99, Verdicts.LosesMoney)]     // wholly below 1
    [InlineData(0.9, 1.1, Verdicts.Unclear)]         // straddles 1
    [InlineData(0.5, 1.0, Verdicts.Unclear)]         // reaches 1: it may just pay back
    [InlineData(-3.0, -1.0, Verdicts.LosesMoney)]    // a negative lift loses all of its payout and more
    public void The_verdict_is_the_iroas_interval_against_break_even(double low, double high, string verdict)
    {
        Assert.Equal(verdict, Verdicts.Of((decimal)low, (decimal)high));
        Assert.Equal(Verdicts.NoEstimate, Verdicts.Of(null, null));
    }

    [Fact]
    public void A_campaign_that_lifts_sales_can_still_lose_money()
    {
        // The step fixture's ₹2100 lift against a payout of ₹7000: iROAS 0.3, its interval wholly below 1.
        var c = WithStep(Fixture(), payout: 7_000m).All().Campaign("Step").Incremental;

        Assert.Equal(LiftWords.Incremental, c.Lift);
        Assert.Equal(Verdicts.LosesMoney, c.Verdict);
        // Payout 0: no iROAS, so no verdict, whatever the lift.
        Assert.Equal(Verdicts.NoEstimate, WithStep(Fixture(), payout: 0m).All().Campaign("Step").Incremental.Verdict);
    }

    [Fact]
    public void Windows_meeting_a_known_sale_week_are_flagged()
    {
        // Diwali 2025 falls on 21 October: its week is 16–21 October; the festive sales run 23 September to 3 October.
        Assert.Equal(["Diwali"], SaleWeeks.Meeting(new DateOnly(2025, 10, 15), new DateOnly(2025, 10, 22)).Select(w => w.Name));
        Assert.Equal(["Festive sales", "Diwali"], SaleWeeks.Meeting(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 16)).Select(w => w.Name));
        Assert.Empty(SaleWeeks.Meeting(new DateOnly(2025, 10, 4), new DateOnly(2025, 10, 15)));
        // New Year's week runs into the next year's Republic Day sale over a long window.
        Assert.Equal(["New Year sale", "Republic Day sale"], SaleWeeks.Meeting(new DateOnly(2025, 12, 30), new DateOnly(2026, 1, 19)).Select(w => w.Name));
        // A campaign on the Republic Day sale (Day 18 = 19 January 2025) says so.
        var b = Fixture(lastDay: 34);
        var c = b.Sale(18, "Republic", "a", "T", 1, 300m).Pay("a", 100m, "Republic").All().Campaign("Republic").Incremental;
        Assert.Equal("Republic Day sale", c.SaleWeek);
    }

    [Theory]
    [InlineData(19, null)]         // fewer than 20 placebos: no spread measured
    [InlineData(20, 19.0)]         // rank ⌈21 · 0.9⌉ = 19
    [InlineData(30, 28.0)]         // rank ⌈31 · 0.9⌉ = 28
    public void The_placebo_quantile_is_the_conformal_rank_of_the_absolute_errors(int count, double? expected)
    {
        // Errors ±1, ±2, …: signs alternate, their absolute values are 1..count.
        var errors = Enumerable.Range(1, count).Select(i => i % 2 == 0 ? -(double)i : i);

        Assert.Equal(expected, PlaceboCalibration.Quantile(errors));
    }

    [Fact]
    public void Baseline_days_sets_the_counterfactual_pre_period()
    {
        // 14 days before day 28: days 14..27, two of the four noise weeks.
        var c = WithStep(Fixture()).All(baselineDays: 14).Campaign("Step").Incremental;

        Assert.Equal(14, c.UsablePreDays);
        Assert.Equal(21, c.Series!.Days.Count);                   // 14 pre-period days + 7 window days
    }
}
