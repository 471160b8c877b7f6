using RoiReportGen.Data;
using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Metrics.Periods;

/// <summary>Every period's views (SPEC 2, "Periods"): All time as computed, then each quarter and month with data.</summary>
internal static class PeriodReportCalculator
{
    /// <param name="allTime">The All-time views, already computed (their campaigns' estimates are shown in every period).</param>
    /// <param name="rules">The recommendation rules' target and thresholds.</param>
    /// <param name="platforms">The roster's platforms, in the order of <paramref name="allTime"/>'s Platforms.</param>
    public static IReadOnlyList<PeriodReport> Compute(
        DataSet data,
        PeriodReport allTime,
        IReadOnlyList<string> platforms,
        IReadOnlyDictionary<string, CampaignLift> lifts,
        int payoutDecimals,
        Recommendations.RecommendationOptions rules)
    {
        var span = DataSpan(data);
        var payoutsByMonth = PayoutSpread.ByMonth(data, payoutDecimals, span);

        // A month has data when a tracking row, a post or a payout (dated, or part of an undated one) falls in it.
        var months = data.Tracking.Select(t => PayoutSpread.MonthStart(t.Date))
            .Concat(data.PostDays.Select(d => PayoutSpread.MonthStart(d.Date)))
            .Concat(payoutsByMonth.Keys);
        var periods = PeriodCalendar.List(months);

        // Each period is an independent pure computation on its own slice (made and dropped inside its task); AsOrdered
        // keeps the list, and so the output, the same however the two cores schedule them.
        var sliced = periods.Skip(1)
            .AsParallel().AsOrdered()
            .Select(period =>
            {
                var slice = PeriodSlicer.Slice(data, period, payoutsByMonth);
                var all = PlatformReportCalculator.Compute(
                    slice, allTime.All.Name, isAll: true, lifts, payoutDecimals, rules, AllTimeEstimates.For(period, allTime.All));
                var views = platforms
                    .Select((p, i) => PlatformReportCalculator.Compute(
                        PlatformFilter.For(slice, p), p, isAll: false, lifts, payoutDecimals, rules, AllTimeEstimates.For(period, allTime.Platforms[i])))
                    .ToList();
                return new PeriodReport(period, all, views);
            })
            .ToList();

        return [allTime, .. WithComparisons(sliced)];
    }

    /// <summary>
    /// Each month and quarter against the calendar-previous one. The first of its kind has nothing before it (no
    /// comparison); a previous period inside the data without rows compares with zeros (<see cref="PeriodComparer"/>).
    /// </summary>
    private static IEnumerable<PeriodReport> WithComparisons(IReadOnlyList<PeriodReport> reports)
    {
        var bySlug = reports.ToDictionary(r => r.Period.Slug, StringComparer.Ordinal);
        var firstStart = reports.GroupBy(r => r.Period.Kind).ToDictionary(g => g.Key, g => g.Min(r => r.Period.Start!.Value));
        foreach (var report in reports)
        {
            if (PeriodCalendar.Previous(report.Period) is not { } previous || previous.Start < firstStart[report.Period.Kind])
            {
                yield return report;
                continue;
            }

            var before = bySlug.GetValueOrDefault(previous.Slug);
            yield return report with
            {
                All = report.All with { Comparison = PeriodComparer.Compare(report.All, previous, before?.All) },
                Platforms = report.Platforms
                    .Select((view, i) => view with { Comparison = PeriodComparer.Compare(view, previous, before?.Platforms[i]) })
                    .ToList(),
            };
        }
    }

    /// <summary>First and last date of any dated accepted row (tracking, post, dated payout); null when none is dated.</summary>
    private static (DateOnly First, DateOnly Last)? DataSpan(DataSet data)
    {
        var dates = data.PostDays.Select(d => d.Date)
            .Concat(data.Payouts.Where(p => p.Date is not null).Select(p => p.Date!.Value));
        if (data.Tracking.Count > 0)
        {
            dates = dates.Append(data.Tracking[0].Date).Append(data.Tracking[^1].Date);
        }

        var list = dates.ToList();
        return list.Count == 0 ? null : (list.Min(), list.Max());
    }
}
