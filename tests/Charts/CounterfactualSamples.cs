using System.Globalization;
using RoiReportGen.Metrics.Incrementality;
using RoiReportGen.Rendering.Charts;

namespace RoiReportGen.Tests.Charts;

/// <summary>Hand-made estimates (the real records the estimator fills) for the counterfactual picture's tests.</summary>
internal static class CounterfactualSamples
{
    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static CounterfactualDay Day(string date, decimal actual, decimal counterfactual, decimal low, decimal high, decimal cumulativeLift) =>
        new(Date(date), actual, counterfactual, low, high, cumulativeLift);

    public static IncrementalEstimate Estimate(string verdict, CounterfactualSeries? series, params string[] group) => new(
        series is null ? string.Empty : EstimateMethods.TbrControls,
        verdict,
        series is null ? null : 4000m,
        series is null ? null : 1301m,
        series is null ? null : 250.5m,
        series is null ? null : 2351.5m,
        series is null ? null : 1.301m,
        series is null ? null : 0.2505m,
        series is null ? null : 2.3515m,
        series is null ? null : 0.5m,
        group,
        series is null ? 3 : 28,
        series);

    /// <summary>
    /// A plausible series: <paramref name="preDays"/> pre-period days and the window, a counterfactual with a weekly
    /// pattern around <paramref name="level"/>, a ±12% band, and <paramref name="lift"/> a day added in the window.
    /// </summary>
    public static CounterfactualSeries Synthetic(DateOnly start, DateOnly end, decimal level, decimal lift, int preDays = 28, params string[] products)
    {
        decimal[] weekly = [1.0m, 0.9m, 0.95m, 1.05m, 1.1m, 1.25m, 1.2m];
        var days = new List<CounterfactualDay>();
        var cumulative = 0m;
        var first = start.AddDays(-preDays);
        for (var (date, i) = (first, 0); date <= end; date = date.AddDays(1), i++)
        {
            var counterfactual = level * weekly[(int)date.DayOfWeek] + 0.37m;
            var inWindow = date >= start;
            // Pre-period: the fit's residual, a deterministic ±4% wiggle; window: the lift on top.
            var actual = counterfactual + (inWindow ? lift : level * ((i * 37 % 9) - 4) / 100m);
            cumulative += inWindow ? actual - counterfactual : 0m;
            days.Add(new CounterfactualDay(date, actual, counterfactual, counterfactual * 0.88m, counterfactual * 1.12m, cumulative));
        }

        return new CounterfactualSeries(products.Length == 0 ? ["Whey"] : products, start, end, days);
    }

    /// <summary>The pictures of a programme: <paramref name="count"/> lone campaigns "C01".. with payouts 1000, 2000 …</summary>
    public static List<CounterfactualPicture> Lone(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new CounterfactualPicture(
            $"C{i:00}", i * 1000m,
            Estimate(LiftWords.Incremental, Synthetic(Date("2025-03-01").AddDays(i), Date("2025-03-14").AddDays(i), 20_000m + i, 3_000m))))];
}
