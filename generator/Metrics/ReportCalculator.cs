using RoiReportGen.Data;
using RoiReportGen.Diagnostics;

namespace RoiReportGen.Metrics;

/// <summary>The metrics stage: the loaded data in, the whole report model out. Pure: no I/O.</summary>
public static class ReportCalculator
{
    /// <summary>The All view and one view per platform of the roster, computed the same way, for All time and every period.</summary>
    /// <exception cref="ArgumentOutOfRangeException">BaselineDays is below 1.</exception>
    public static ReportModel Compute(DataSet data, MetricsOptions options) => Compute(data, options, withPeriods: true, new StageTimings());

    /// <summary>As <see cref="Compute(DataSet, MetricsOptions)"/>, timing its stages (metrics, periods, entities) into <paramref name="timings"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">BaselineDays is below 1.</exception>
    public static ReportModel Compute(DataSet data, MetricsOptions options, StageTimings timings) => Compute(data, options, withPeriods: true, timings);

    /// <summary>
    /// As <see cref="Compute(DataSet, MetricsOptions)"/> without the months and quarters (<see cref="ReportModel.Periods"/>
    /// holds All time alone): what a comparison of All-time KPIs needs (`--compare-data`), without computing every month and quarter.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">BaselineDays is below 1.</exception>
    public static ReportModel ComputeAllTime(DataSet data, MetricsOptions options) => Compute(data, options, withPeriods: false, new StageTimings());

    // A stopwatch reads the clock and writes nothing: the stage stays free of I/O.
    private static ReportModel Compute(DataSet data, MetricsOptions options, bool withPeriods, StageTimings timings)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BaselineDays, 1, nameof(options));

        // A platform view is the same computation on the platform's slice of the data, so every
        // figure means the same thing in every tab, and sums (revenue, orders, payout) add up to All.
        // The views are independent pure computations: they run on both cores, and AsOrdered keeps
        // the platform order (and so the output) the same however they are scheduled.
        // One grid of decimal places for every split payout, from the whole data set: each influencer's
        // payout is then split the same way in every view, so brand payouts add up to All exactly.
        var metricsStart = StageTimings.Start();
        var payoutDecimals = AllocationPrecision.Decimals(data);
        // The counterfactual is fitted once, on all of the data (total sales know no platform), before the views
        // run: every view shows the same estimate, divided by its own attributed revenue and payout.
        var lifts = Incrementality.IncrementalEstimator.Estimate(data, options.BaselineDays, payoutDecimals, options.CarryoverDays);
        var platforms = PlatformFilter.Platforms(data);
        var views = platforms
            .Prepend(null)
            .AsParallel().AsOrdered()
            .Select(p => p is null
                ? PlatformReportCalculator.Compute(data, "All", isAll: true, lifts, payoutDecimals, options.Recommendations)
                : PlatformReportCalculator.Compute(PlatformFilter.For(data, p), p, isAll: false, lifts, payoutDecimals, options.Recommendations))
            .ToList();

        var allTime = new Periods.PeriodReport(Periods.ReportPeriod.AllTime, views[0], views.Skip(1).ToList());
        var model = new ReportModel(
            options,
            allTime.All,
            allTime.Platforms,
            data.Counts,
            data.Notices,
            data.TrackingStart,
            data.TrackingEnd);
        // The all-time views include their recommendations, which each view computes from its own figures.
        timings.Stop("metrics", metricsStart);
        return withPeriods
            ? model with
            {
                Periods = timings.Measure(
                    "periods", () => Periods.PeriodReportCalculator.Compute(data, allTime, platforms, lifts, payoutDecimals, options.Recommendations)),
                Entities = timings.Measure(
                    "entities", () => Entities.EntityCalculator.Compute(data, allTime.All, allTime.Platforms, payoutDecimals)),
            }
            : model;
    }
}
