using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>The metrics stage: the loaded data in, the whole report model out. Pure: no I/O.</summary>
public static class ReportCalculator
{
    /// <summary>The All view and one view per platform of the roster, computed the same way.</summary>
    /// <exception cref="ArgumentOutOfRangeException">BaselineDays is below 1.</exception>
    public static ReportModel Compute(DataSet data, MetricsOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BaselineDays, 1, nameof(options));

        // A platform view is the same computation on the platform's slice of the data, so every
        // figure means the same thing in every tab, and sums (revenue, orders, payout) add up to All.
        var platforms = PlatformFilter.Platforms(data)
            .Select(p => PlatformReportCalculator.Compute(PlatformFilter.For(data, p), p, isAll: false, options))
            .ToList();

        return new ReportModel(
            options,
            PlatformReportCalculator.Compute(data, "All", isAll: true, options),
            platforms,
            data.Counts,
            data.Notices,
            data.TrackingStart,
            data.TrackingEnd);
    }
}
