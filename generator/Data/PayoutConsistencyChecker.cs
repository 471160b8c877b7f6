using System.Globalization;

namespace RoiReportGen.Data;

/// <summary>
/// Checks each accepted payout against its basis (SPEC 1): rate × orders for "order", rate × the
/// influencer's accepted posts for "post". A gap over 1 INR is reported; total_payout is still used.
/// </summary>
internal static class PayoutConsistencyChecker
{
    /// <summary>Differences up to this many INR are rounding, not a mismatch.</summary>
    public const decimal Tolerance = 1m;

    public static List<DataIssue> Check(
        IReadOnlyList<Payout> payouts,
        IReadOnlyList<PostStats> posts,
        IReadOnlyList<TrackingTotal> tracking,
        IReadOnlyDictionary<string, Influencer> byId)
    {
        var postCounts = posts.ToDictionary(p => p.InfluencerId, p => p.Posts, StringComparer.Ordinal);
        var ordersByInfluencer = new Dictionary<string, long>(StringComparer.Ordinal);
        var ordersByCampaign = new Dictionary<(string Influencer, string Campaign), long>();
        foreach (var t in tracking.Where(t => !t.IsOrganic))
        {
            ordersByInfluencer[t.InfluencerId] = ordersByInfluencer.GetValueOrDefault(t.InfluencerId) + t.Orders;
            var key = (t.InfluencerId, t.Campaign);
            ordersByCampaign[key] = ordersByCampaign.GetValueOrDefault(key) + t.Orders;
        }

        var issues = new List<DataIssue>();
        foreach (var payout in payouts)
        {
            var (count, unit) = payout.Basis switch
            {
                PayoutBasis.Post => (postCounts.GetValueOrDefault(payout.InfluencerId), "posts"),
                _ when payout.Orders is { } given => (given, "orders"),
                _ when payout.Campaign.Length > 0 => (
                    ordersByCampaign.GetValueOrDefault((payout.InfluencerId, payout.Campaign)),
                    $"attributed orders in campaign {payout.Campaign}"),
                _ => (ordersByInfluencer.GetValueOrDefault(payout.InfluencerId), "attributed orders"),
            };

            // Loading caps rates at 10^15, but attributed orders are sums: guard the product anyway.
            decimal? expected;
            try
            {
                expected = payout.Rate * count;
            }
            catch (OverflowException)
            {
                expected = null;
            }

            if (expected is { } e && Math.Abs(e - payout.TotalPayout) <= Tolerance)
            {
                continue;
            }

            var total = Format(payout.TotalPayout);
            var product = expected is { } x ? Format(x) : "too large to compare";
            issues.Add(new DataIssue(
                PayoutLoader.FileName,
                payout.Line,
                "total_payout",
                total,
                $"rate {Format(payout.Rate)} × {count.ToString(CultureInfo.InvariantCulture)} {unit} = {product}, not {total}; total_payout is used",
                IssueAction.Kept,
                byId.TryGetValue(payout.InfluencerId, out var i) ? i.Platform : "")
            {
                InfluencerId = payout.InfluencerId,
            });
        }

        return issues;
    }

    private static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
