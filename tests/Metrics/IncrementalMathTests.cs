using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Tests.Metrics;

/// <summary>The estimator's parts, hand-worked: least squares, the prediction interval, overlap groups, the headline.</summary>
public sealed class IncrementalMathTests
{
    [Fact]
    public void Least_squares_recovers_a_line_and_its_residual_variance()
    {
        // x = 0..3, y = 1, 3, 2, 4: x̄ = 1.5, ȳ = 2.5, Sxy = 2.25 − 0.25 − 0.25 + 2.25 = 4, Sxx = 5:
        // b = 4 / 5 = 0.8, a = 2.5 − 0.8 · 1.5 = 1.3; residuals −0.3, 0.9, −0.9, 0.3: RSS 1.8, s² = 1.8 / (4 − 2) = 0.9.
        var fit = LeastSquaresFit.Fit([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 2, 4])!;

        Assert.Equal(1.3, fit.Coefficients[0], 12);
        Assert.Equal(0.8, fit.Coefficients[1], 12);
        Assert.Equal(0.9, fit.ResidualVariance, 12);
        Assert.Equal(2, fit.DegreesOfFreedom);
        Assert.Equal(1.3 + 0.8 * 10, fit.Predict([1, 10]), 12);
    }

    [Fact]
    public void A_parameter_estimated_outside_the_fit_takes_a_degree_of_freedom()
    {
        // The line above: RSS 1.8 on 2 degrees of freedom; one more parameter leaves 1: s² = 1.8 / 1 = 1.8.
        var fit = LeastSquaresFit.Fit([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 2, 4])!.SpendingDegreesOfFreedom(1)!;

        Assert.Equal(1.8, fit.ResidualVariance, 12);
        Assert.Equal(1, fit.DegreesOfFreedom);
        Assert.Equal(1.3, fit.Coefficients[0], 12);                                    // the coefficients are unchanged
        Assert.Null(fit.SpendingDegreesOfFreedom(1));                                   // none would be left
    }

    [Fact]
    public void The_counterfactual_ratio_is_the_pre_periods_treated_total_over_its_control_total()
    {
        // Treated 30 + 50 = 80 against control 100 + 60 = 160: r = 80 / 160 = 0.5, whatever the daily pairs' slope.
        Assert.Equal(0.5, SeriesModel.RatioOf([new SalesDay(0, 30m, 100m), new SalesDay(1, 50m, 60m)], d => d.Treated));
        Assert.Null(SeriesModel.RatioOf([new SalesDay(0, 30m, 0m), new SalesDay(1, 50m, 0m)], d => d.Treated));   // no control sales
    }

    [Fact]
    public void No_fit_without_more_rows_than_columns_or_with_a_repeated_column()
    {
        Assert.Null(LeastSquaresFit.Fit([[1, 0], [1, 1]], [1, 2]));                  // n = p
        Assert.Null(LeastSquaresFit.Fit([[1, 2], [1, 2], [1, 2]], [1, 2, 3]));      // second column = 2 × first
        Assert.Null(LeastSquaresFit.Fit([], []));
    }

    [Fact]
    public void Inverse_of_a_positive_definite_matrix()
    {
        // [[4, 2], [2, 3]]⁻¹ = 1/(12 − 4) · [[3, −2], [−2, 4]]
        var inverse = LeastSquaresFit.InvertPositiveDefinite(new double[,] { { 4, 2 }, { 2, 3 } })!;

        Assert.Equal(3.0 / 8, inverse[0, 0], 12);
        Assert.Equal(-2.0 / 8, inverse[0, 1], 12);
        Assert.Equal(-2.0 / 8, inverse[1, 0], 12);
        Assert.Equal(4.0 / 8, inverse[1, 1], 12);
        Assert.Null(LeastSquaresFit.InvertPositiveDefinite(new double[,] { { 1, 1 }, { 1, 1 } }));
    }

    [Fact]
    public void The_sum_interval_counts_every_window_day_and_the_shared_coefficient_error()
    {
        // Intercept only, y = 1..5: β = 3, RSS = 4 + 1 + 0 + 1 + 4 = 10, s² = 10 / 4 = 2.5, (XᵀX)⁻¹ = 1/5.
        // Two window days: x̄ = Σx = 2, leverage + covariance terms 2 · 1/5 · 2 = 0.8 (1/5 per pair of days, 4 pairs);
        // var = 2.5 · (2 + 0.8) = 7; half = t(0.95, 4) · √7 = 2.131847 · 2.645751 = 5.640336.
        var fit = LeastSquaresFit.Fit([[1], [1], [1], [1], [1]], [1, 2, 3, 4, 5])!;

        Assert.Equal(2.131847, PredictionInterval.Quantile(4), 6);
        Assert.Equal(1.724718, PredictionInterval.Quantile(20), 6);
        Assert.Equal(5.640336, PredictionInterval.Quantile(4) * Math.Sqrt(PredictionInterval.SumVariance(fit, [[1], [1]])), 5);
        // One day: t · √(2.5 · (1 + 1/5)) = 2.131847 · √3 = 3.692467.
        Assert.Equal(3.692467, PredictionInterval.Quantile(4) * Math.Sqrt(PredictionInterval.DayVariance(fit, [1])), 5);
        Assert.Equal(0.0, PredictionInterval.SumVariance(fit, []));
    }

    [Fact]
    public void Errors_that_follow_each_other_widen_the_sum_interval()
    {
        // Residuals 1, 1, −1, −1 on days 10..13, then 2 on day 15 (day 14 left out: no pair across the gap).
        // Σ e² = 1 + 1 + 1 + 1 + 4 = 8; consecutive pairs (10,11) 1, (11,12) −1, (12,13) 1: Σ = 1; ρ = 1/8.
        Assert.Equal(0.125, PredictionInterval.Autocorrelation([(10, 1), (11, 1), (12, -1), (13, -1), (15, 2)]), 12);
        Assert.Equal(0.0, PredictionInterval.Autocorrelation([(1, 0), (2, 0)]));

        // d = 3, ρ = 0.5: 1 + (2/3)(2 · 0.5 + 1 · 0.25) = 1 + (2/3) · 1.25 = 1.833333.
        Assert.Equal(1.0 + (2.0 / 3.0 * 1.25), PredictionInterval.SumInflation(0.5, 3), 12);
        // Independent (ρ ≤ 0 is taken as 0) or a single day: no inflation.
        Assert.Equal(1.0, PredictionInterval.SumInflation(0.0, 7));
        Assert.Equal(1.0, PredictionInterval.SumInflation(-0.4, 7));
        Assert.Equal(1.0, PredictionInterval.SumInflation(0.5, 1));
        // ρ is capped at 0.9: d = 2 gives 1 + (2/2) · 1 · 0.9 = 1.9 for any higher estimate.
        Assert.Equal(1.9, PredictionInterval.SumInflation(0.99, 2), 12);

        // The intercept-only fit above (var = 7 for two window days) at ρ = 0.5: 7 · (1 + (2/2) · 0.5) = 10.5;
        // half = 2.131847 · √10.5 = 2.131847 · 3.240370 = 6.907974.
        var fit = LeastSquaresFit.Fit([[1], [1], [1], [1], [1]], [1, 2, 3, 4, 5])!;
        Assert.Equal(6.907974, PredictionInterval.Quantile(4) * Math.Sqrt(PredictionInterval.SumVariance(fit, [[1], [1]], 0.5)), 5);
    }

    [Theory]
    [InlineData(100, 50, LiftWords.Incremental)]              // 50..150: above 0
    [InlineData(100, 100, LiftWords.NoMeasurableLift)]        // 0..200: touches 0, not above it
    [InlineData(100, 150, LiftWords.NoMeasurableLift)]        // −50..250: contains 0
    [InlineData(-100, 100, LiftWords.NoMeasurableLift)]       // −200..0
    [InlineData(-100, 99.99, LiftWords.Negative)]             // −199.99..−0.01: below 0
    public void Verdict_follows_the_interval(double incremental, double half, string verdict) =>
        Assert.Equal(verdict, MeasuredLift.LiftOf((decimal)incremental, (decimal)half));

    [Fact]
    public void Overlap_groups_are_the_chains_of_windows_overlapping_on_a_product()
    {
        var windows = new List<CampaignWindow>
        {
            Window("A", 1, 5, "P"),
            Window("B", 5, 8, "P"),          // touches A on day 5: same group
            Window("C", 9, 10, "P"),         // starts the day after B ends: alone
            Window("D", 1, 3, "Q"),
            Window("E", 2, 2, "Q", "R"),     // overlaps D on Q ...
            Window("F", 2, 4, "R"),          // ... and F on R: D, E, F are one group
            Window("G", 1, 30, "S"),
            Window("H", 2, 3, "S"),
            Window("I", 20, 21, "S"),        // inside G although not H: G's end carries the run
        };

        Assert.Equal([0, 0, 1, 2, 2, 2, 3, 3, 3], OverlapDetector.Groups(windows));
    }

    [Fact]
    public void A_campaign_inside_a_groups_joint_range_on_one_of_its_products_joins_the_group()
    {
        // A (P, days 1–10) and B (Q, days 8–20) overlap on no product, so they are not a chain; C (P and Q, days 9–9)
        // overlaps both: A, B, C are one group measured over days 1–20 on P and Q. D sells P on days 12–14: it
        // overlaps no member's window on P (A ends on day 10), yet its sales of P fall inside the group's range,
        // so the group's measured lift holds D's: D joins. E sells P on days 21–22, after the range: alone.
        // F sells R inside the range: a product the group does not measure, alone.
        var windows = new List<CampaignWindow>
        {
            Window("A", 1, 10, "P"),
            Window("B", 8, 20, "Q"),
            Window("C", 9, 9, "P", "Q"),
            Window("D", 12, 14, "P"),
            Window("E", 21, 22, "P"),
            Window("F", 5, 6, "R"),
        };

        Assert.Equal([0, 0, 0, 0, 1, 2], OverlapDetector.Groups(windows));

        // G (P, days 14–30) chains D (touching on day 14) and E (inside G): that chain's range 12–30 on P meets the
        // group's 1–20 on P, so the two merge and E, alone before, joins too; F still sells only R.
        windows.Add(Window("G", 14, 30, "P"));
        Assert.Equal([0, 0, 0, 0, 0, 1, 0], OverlapDetector.Groups(windows));
    }

    [Fact]
    public void Headline_pools_the_campaigns_adds_a_brands_groups_and_brands_in_quadrature()
    {
        // X (brand A): 300 ± 30; Y (brand B): 100 ± 40, a separate fit; Z1 120 ± 6 and Z2 80 ± 4 (brand B) share one
        // fit (group half 10). Σ incremental 600, Σ payout 100 + 100 + 50 + 50 = 300: iROAS 2. Brand B's groups move
        // together: 40 + 10 = 50; the brands are independent: half √(30² + 50²) = √3400 = 58.31; interval
        // (600 ∓ 58.31) / 300. Were every group independent: √(30² + 40² + 10²) = 50.99.
        var headline = HeadlineIroas.Of(
        [
            Summary("X", 100m, 300m, 30m, [], "A"),
            Summary("Y", 100m, 100m, 40m, []),
            Summary("Z1", 50m, 120m, 6m, ["Z1", "Z2"]),
            Summary("Z2", 50m, 80m, 4m, ["Z1", "Z2"]),
            Summary("Unpaid", 0m, 500m, 1m, []),                // iROAS undefined: left out
        ]);

        Assert.Equal(4, headline.Campaigns);
        Assert.Equal(2m, headline.Iroas);
        Assert.Equal((600m - 58.31m) / 300m, headline.Low);
        Assert.Equal((600m + 58.31m) / 300m, headline.High);
        Assert.Equal(HeadlineIroas.None, HeadlineIroas.Of([Summary("Unpaid", 0m, 500m, 1m, [])]));
    }

    [Fact]
    public void Headline_adds_a_groups_shared_half_widths_not_the_widened_member_intervals()
    {
        // Z1 and Z2 as above, but their intervals widened by the share spread to ± 20 and ± 15; their shares of the
        // fit's half-width stay 6 and 4, and the headline uses those: the same 2 ∓ 58.31 / 300 as above
        // (the widened ones would give √(30² + (40 + 35)²) = 80.78).
        var z1 = Summary("Z1", 50m, 120m, 20m, ["Z1", "Z2"]);
        var z2 = Summary("Z2", 50m, 80m, 15m, ["Z1", "Z2"]);
        var headline = HeadlineIroas.Of(
        [
            Summary("X", 100m, 300m, 30m, [], "A"),
            Summary("Y", 100m, 100m, 40m, []),
            z1 with { Incremental = z1.Incremental with { SharedHalfWidth = 6m } },
            z2 with { Incremental = z2.Incremental with { SharedHalfWidth = 4m } },
        ]);

        Assert.Equal((600m - 58.31m) / 300m, headline.Low);
        Assert.Equal((600m + 58.31m) / 300m, headline.High);
    }

    [Fact]
    public void The_share_spread_is_the_lone_campaigns_share_variance_beyond_their_own_noise()
    {
        // Three lone campaigns with ₹100 attributed and lifts 50, 70, 90: shares 0.5, 0.7, 0.9, mean 0.7,
        // sample variance (0.04 + 0 + 0.04) / 2 = 0.04. Each half-width 10 at quantile 2: standard error 5, ÷ 100
        // = 0.05, variance 0.0025. τ² = 0.04 − 0.0025 = 0.0375.
        (decimal, MeasuredLift) Lone(decimal lift) => (100m, new MeasuredLift(EstimateMethods.TbrControls, LiftWords.Incremental, 0m, lift, 10m, [], 2.0));
        Assert.Equal(0.0375, ShareSpread.Between([Lone(50m), Lone(70m), Lone(90m)]), 12);
        // Fewer than 3 lone campaigns: no spread measured.
        Assert.Equal(0.0, ShareSpread.Between([Lone(50m), Lone(90m)]));
        // Shares closer together than their own noise: floored at 0 (variance of 0.69, 0.7, 0.71 is 0.0001 < 0.0025).
        Assert.Equal(0.0, ShareSpread.Between([Lone(69m), Lone(70m), Lone(71m)]));
    }

    [Fact]
    public void A_group_members_interval_adds_its_allocation_variance()
    {
        // Attributed 100 and 300: ΣA² = 10,000 + 90,000 = 100,000. Member 0: w = 0.25,
        // τ²·(w²·ΣA² + A²·(1 − 2w)) = 0.04 · (0.0625 · 100,000 + 10,000 · 0.5) = 0.04 · 11,250 = 450;
        // at quantile 2 and its share of the fit's half-width 30: √(30² + 2² · 450) = √2700 = 51.961524 → 51.96.
        Assert.Equal(51.96m, ShareSpread.HalfWidth(30m, 2.0, 0.04, [100m, 300m], 0, 2));
        // Member 1: w = 0.75, 0.5625 · 100,000 + 90,000 · (1 − 1.5) = 56,250 − 45,000 = 11,250 as well (two members'
        // allocation errors are equal and opposite); √(90² + 1800) = √9900 = 99.498744 → 99.50.
        Assert.Equal(99.50m, ShareSpread.HalfWidth(90m, 2.0, 0.04, [100m, 300m], 1, 2));
        // A group of one: w = 1, 10,000 · 1 + 10,000 · (1 − 2) = 0: unchanged.
        Assert.Equal(30m, ShareSpread.HalfWidth(30m, 2.0, 0.04, [100m], 0, 2));
        // No spread: unchanged.
        Assert.Equal(30m, ShareSpread.HalfWidth(30m, 2.0, 0.0, [100m, 300m], 0, 2));
    }

    private static CampaignWindow Window(string name, int start, int end, params string[] products) =>
        new(name, DataBuilder.Day(start), DataBuilder.Day(end), products.ToHashSet(StringComparer.Ordinal));

    private static CampaignSummary Summary(string name, decimal payout, decimal incremental, decimal half, IReadOnlyList<string> group, string brand = "B") =>
        new(name, brand, DataBuilder.Day(0), DataBuilder.Day(1), 2, ["P"], 1, 1, 1m, payout, 0m, null, 0m,
            NaiveIncrementality.WithoutWindow,
            new IncrementalEstimate(EstimateMethods.TbrControls, LiftWords.Incremental, 0m, incremental, incremental - half, incremental + half,
                payout > 0m ? incremental / payout : null, payout > 0m ? (incremental - half) / payout : null, payout > 0m ? (incremental + half) / payout : null,
                1m, group, 28, null),
            CampaignOverlaps.None);
}
