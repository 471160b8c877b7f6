using RoiReportGen.Data;

namespace RoiReportGen.Metrics.Periods;

/// <summary>Cuts the data down to the rows of one month or quarter (SPEC 2, "Periods").</summary>
internal static class PeriodSlicer
{
    /// <summary>
    /// The tracking rows, posts and payout rows (or parts of undated rows, <see cref="PayoutSpread"/>) dated in the
    /// period. The roster is the influencers active in it (with a post, an attributed tracking row or a payout there):
    /// a month's influencer table and its "influencers" figure count those, not everyone ever signed. The data's start
    /// and end become the period's days within the data, so the daily trend covers the period. Notices and counts are
    /// about the files and stay as they are; so are issues, which each period view takes from its platform's All-time
    /// view (<see cref="AllTimeEstimates"/>), so the slice holds none (a million issues are not filtered 60 times).
    /// </summary>
    public static DataSet Slice(DataSet data, ReportPeriod period, IReadOnlyDictionary<DateOnly, List<Payout>> payoutsByMonth)
    {
        var start = period.Start ?? throw new ArgumentException("All time is not a slice", nameof(period));
        var end = period.End!.Value;

        var tracking = TrackingBetween(data.Tracking, start, end);
        var postDays = data.PostDays.Where(d => d.Date >= start && d.Date <= end).ToList();
        var payouts = new List<Payout>();
        for (var month = PayoutSpread.MonthStart(start); month <= end; month = month.AddMonths(1))
        {
            payouts.AddRange(payoutsByMonth.GetValueOrDefault(month) ?? []);
            if (month.Year == 9999 && month.Month == 12)
            {
                break; // AddMonths would step past the calendar
            }
        }

        // File order; an undated row's parts stay in month order (a stable sort).
        payouts = [.. payouts.OrderBy(p => p.Line)];

        var active = new HashSet<string>(StringComparer.Ordinal);
        active.UnionWith(postDays.Select(d => d.Stats.InfluencerId));
        active.UnionWith(tracking.Where(t => !t.IsOrganic).Select(t => t.InfluencerId));
        active.UnionWith(payouts.Select(p => p.InfluencerId));

        return data with
        {
            Influencers = data.Influencers.Where(i => active.Contains(i.Id)).ToList(),
            Posts = SumByInfluencer(data.Influencers, postDays),
            PostDays = postDays,
            Tracking = tracking,
            Payouts = payouts,
            Issues = [],
            TrackingStart = data.TrackingStart is { } first ? Later(first, start) : null,
            TrackingEnd = data.TrackingEnd is { } last ? Earlier(last, end) : null,
        };
    }

    /// <summary>Post sums per influencer, in roster order, each added up day by day in date order.</summary>
    private static List<PostStats> SumByInfluencer(IReadOnlyList<Influencer> roster, List<PostDay> days)
    {
        var sums = PostStatsIndex.ByInfluencer(days.Select(d => d.Stats));
        return roster.Where(i => sums.ContainsKey(i.Id)).Select(i => sums[i.Id]).ToList();
    }

    /// <summary>The rows dated start..end: tracking is ordered by date, so the range is found by binary search.</summary>
    private static List<TrackingTotal> TrackingBetween(IReadOnlyList<TrackingTotal> tracking, DateOnly start, DateOnly end)
    {
        var from = FirstOnOrAfter(tracking, start);
        var to = FirstOnOrAfter(tracking, end.DayNumber == DateOnly.MaxValue.DayNumber ? end : end.AddDays(1));
        if (end.DayNumber == DateOnly.MaxValue.DayNumber)
        {
            to = tracking.Count;
        }

        var rows = new List<TrackingTotal>(to - from);
        for (var i = from; i < to; i++)
        {
            rows.Add(tracking[i]);
        }

        return rows;
    }

    private static int FirstOnOrAfter(IReadOnlyList<TrackingTotal> tracking, DateOnly date)
    {
        int lo = 0, hi = tracking.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (tracking[mid].Date < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
