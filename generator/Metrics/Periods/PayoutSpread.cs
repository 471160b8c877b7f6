using RoiReportGen.Data;

namespace RoiReportGen.Metrics.Periods;

/// <summary>
/// Places every payout row in the months it pays for (SPEC 2, "Periods"). A dated row belongs to the month of its
/// payment date. An undated row is split over months by its basis activity, falling back step by step when that
/// activity is nowhere to be found:
/// <list type="number">
/// <item>its basis activity: post basis, the influencer's posts in each month (only posts inside the campaign's
/// window when the row names a campaign that has one); order basis, the influencer's attributed orders in each month
/// (only those of that campaign when the row names one);</item>
/// <item>the other activity, in the same scope (a post-basis fee for a campaign the influencer sold in but did not
/// post for is spread like its orders, and the other way round);</item>
/// <item>the days of the named campaign's window (first to last attributed row of the campaign), evenly;</item>
/// <item>the days of the whole data (first to last dated row of any file), evenly: a payment nothing dates is
/// taken to pay for the whole programme.</item>
/// </list>
/// The parts lie on the <see cref="AllocationPrecision"/> grid and add back to the row's payout exactly
/// (<see cref="ProportionalSplit"/>), so a month's, a quarter's and All time's payouts add up to the last digit.
/// </summary>
internal static class PayoutSpread
{
    /// <summary>Every payout row's parts by month (first day of the month): the month's payout rows, in file order.</summary>
    /// <param name="dataSpan">First and last date of any dated accepted row; null when nothing is dated.</param>
    public static IReadOnlyDictionary<DateOnly, List<Payout>> ByMonth(DataSet data, int decimals, (DateOnly First, DateOnly Last)? dataSpan)
    {
        var months = new Dictionary<DateOnly, List<Payout>>();
        var undated = data.Payouts.Where(p => p.Date is null).ToList();
        var activity = undated.Count == 0 ? null : new Activity(data, undated);
        foreach (var payout in data.Payouts)
        {
            if (payout.Date is { } date)
            {
                Add(months, MonthStart(date), payout);
                continue;
            }

            var weights = activity!.Weights(payout, dataSpan);
            foreach (var (month, part) in ProportionalSplit.Split(payout.TotalPayout, weights, decimals))
            {
                // A zero part (a zero payout, or a share finer than the grid) pays for nothing in that month.
                if (part != 0m)
                {
                    Add(months, month, payout with { TotalPayout = part });
                }
            }
        }

        return months;
    }

    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    private static void Add(Dictionary<DateOnly, List<Payout>> months, DateOnly month, Payout payout)
    {
        if (!months.TryGetValue(month, out var rows))
        {
            rows = [];
            months.Add(month, rows);
        }

        rows.Add(payout);
    }

    /// <summary>Days of [first, last] in each month, oldest first.</summary>
    private static List<KeyValuePair<DateOnly, decimal>> DaysPerMonth(DateOnly first, DateOnly last)
    {
        var weights = new List<KeyValuePair<DateOnly, decimal>>();
        var day = first;
        while (true)
        {
            var month = MonthStart(day);
            var monthEnd = new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
            var end = monthEnd < last ? monthEnd : last;
            weights.Add(KeyValuePair.Create(month, (decimal)(end.DayNumber - day.DayNumber + 1)));
            if (end >= last)
            {
                return weights;
            }

            day = end.AddDays(1);
        }
    }

    /// <summary>The posts and attributed orders of the influencers with undated payout rows, by month.</summary>
    private sealed class Activity
    {
        private readonly Dictionary<string, List<(DateOnly Date, long Posts)>> posts = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Influencer, string Campaign), SortedDictionary<DateOnly, long>> orders = [];
        private readonly Dictionary<string, (DateOnly Start, DateOnly End)> windows = new(StringComparer.Ordinal);

        public Activity(DataSet data, IReadOnlyList<Payout> undated)
        {
            var who = undated.Select(p => p.InfluencerId).ToHashSet(StringComparer.Ordinal);
            var campaigns = undated.Select(p => p.Campaign).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
            foreach (var day in data.PostDays.Where(d => who.Contains(d.Stats.InfluencerId)))
            {
                (posts.TryGetValue(day.Stats.InfluencerId, out var list) ? list : posts[day.Stats.InfluencerId] = []).Add((day.Date, day.Stats.Posts));
            }

            foreach (var t in data.Tracking)
            {
                if (t.IsOrganic)
                {
                    continue;
                }

                if (t.Campaign.Length > 0 && campaigns.Contains(t.Campaign))
                {
                    windows[t.Campaign] = windows.TryGetValue(t.Campaign, out var w)
                        ? (t.Date < w.Start ? t.Date : w.Start, t.Date > w.End ? t.Date : w.End)
                        : (t.Date, t.Date);
                }

                if (who.Contains(t.InfluencerId))
                {
                    // Orders of the influencer in all campaigns (key "") and in the row's campaign.
                    AddOrders((t.InfluencerId, ""), t);
                    if (t.Campaign.Length > 0 && campaigns.Contains(t.Campaign))
                    {
                        AddOrders((t.InfluencerId, t.Campaign), t);
                    }
                }
            }
        }

        public List<KeyValuePair<DateOnly, decimal>> Weights(Payout payout, (DateOnly First, DateOnly Last)? dataSpan)
        {
            (DateOnly Start, DateOnly End)? window = payout.Campaign.Length > 0 && windows.TryGetValue(payout.Campaign, out var w) ? w : null;
            var postWeights = PostsByMonth(payout.InfluencerId, window);
            var orderWeights = OrdersByMonth(payout.InfluencerId, payout.Campaign);
            var (first, second) = payout.Basis == PayoutBasis.Post ? (postWeights, orderWeights) : (orderWeights, postWeights);
            return first.Count > 0 ? first
                : second.Count > 0 ? second
                : window is { } cw ? DaysPerMonth(cw.Start, cw.End)
                : dataSpan is { } span ? DaysPerMonth(span.First, span.Last)
                : [];
        }

        private void AddOrders((string, string) key, TrackingTotal t)
        {
            if (!orders.TryGetValue(key, out var byMonth))
            {
                byMonth = [];
                orders[key] = byMonth;
            }

            var month = MonthStart(t.Date);
            byMonth[month] = byMonth.GetValueOrDefault(month) + t.Orders;
        }

        private List<KeyValuePair<DateOnly, decimal>> PostsByMonth(string influencer, (DateOnly Start, DateOnly End)? window)
        {
            var byMonth = new SortedDictionary<DateOnly, long>();
            foreach (var (date, count) in posts.GetValueOrDefault(influencer) ?? [])
            {
                if (window is not { } w || (date >= w.Start && date <= w.End))
                {
                    byMonth[MonthStart(date)] = byMonth.GetValueOrDefault(MonthStart(date)) + count;
                }
            }

            return Positive(byMonth);
        }

        private List<KeyValuePair<DateOnly, decimal>> OrdersByMonth(string influencer, string campaign) =>
            Positive(orders.GetValueOrDefault((influencer, campaign)));

        private static List<KeyValuePair<DateOnly, decimal>> Positive(SortedDictionary<DateOnly, long>? byMonth) =>
            byMonth?.Where(m => m.Value > 0).Select(m => KeyValuePair.Create(m.Key, (decimal)m.Value)).ToList() ?? [];
    }
}
