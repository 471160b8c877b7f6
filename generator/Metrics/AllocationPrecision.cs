using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>
/// How many decimal places the split payout parts keep (allocation to campaigns, split over brands): as
/// many as stay exact and overflow-free for the data set at hand, at least the loader's 4.
/// </summary>
/// <remarks>
/// A split cannot keep decimal's full 28 significant digits: adding 28-digit parts of several influencers
/// into one campaign rounds the last digit, so campaign payouts would no longer add up to the total payout
/// (issue 8). Parts on a common grid of D decimal places add up exactly as long as every sum fits
/// decimal's ~28.9 digits: a sum of payouts is at most the file's payout total, with T integer digits, so
/// T + D must stay within 28. And no ratio may overflow: a part can be as small as 10^-D, and the largest
/// numerator over a payout is a revenue sum (at most the tracking total, T digits) times the longest
/// window over a 1-day pre-period (3,652,059 days &lt; 10^7), so T + 7 + D must stay within 28. Hence
/// D = 21 − T, with T taken from the larger of the two totals, and never fewer than the loader's 4 places,
/// which are safe up to the caps: 10^18 × 3,652,059 / 10^-4 ≈ 3.7 × 10^28 &lt; 7.9 × 10^28. The shipped
/// data's largest total (revenue, about 8.7 × 10^6) has 7 digits: 14 places. docs/PAYOUT-SPLITS.md.
/// Computed once from the whole data set, so the All view and the platform views split every
/// influencer's payout the same way and their sums agree to the last digit.
/// </remarks>
internal static class AllocationPrecision
{
    /// <summary>Digits left for a part once the totals and the 10^7 headroom for ratios are taken.</summary>
    private const int Digits = 21;

    public static int Decimals(DataSet data)
    {
        var payout = data.Payouts.Sum(p => p.TotalPayout);
        var revenue = data.Tracking.Sum(t => t.Revenue);
        return Decimals(Math.Max(payout, revenue));
    }

    /// <summary>21 minus the integer digits of <paramref name="largestTotal"/>, at least the loader's 4.</summary>
    public static int Decimals(decimal largestTotal)
    {
        var integerDigits = decimal.Truncate(largestTotal).ToString("0", System.Globalization.CultureInfo.InvariantCulture).Length;
        return Math.Max(FieldParser.AmountDecimals, Digits - integerDigits);
    }
}
