using System.Globalization;

namespace RoiReportGen.Data;

/// <summary>
/// Caps on a file's running totals, so that no sum the report makes can overflow. Every value is non-negative, so
/// a sum over any subset of a file's rows (an influencer, a campaign, a brand, a day) is at most the file's total:
/// capping the file-wide total of each summed column caps them all. A row that would push a total over its cap is
/// excluded with an issue, before anything of it is added. The caps are 1,000 times the largest value one row may
/// hold: a long can still add several such totals (likes + comments), and a decimal can still multiply one by a
/// rate of 10^15 INR or a number of days without overflowing.
/// </summary>
internal static class TotalCaps
{
    /// <summary>The largest total of a count column (orders, reach, likes, comments): 10^15.</summary>
    public const long MaxCountTotal = 1_000 * FieldParser.MaxCount;

    /// <summary>The largest total of an amount column (revenue, total_payout): 10^18 INR.</summary>
    public const decimal MaxAmountTotal = 1_000 * FieldParser.MaxAmount;

    /// <summary>True when <paramref name="value"/> can be added to <paramref name="total"/> without passing the cap.</summary>
    public static bool Fits(long total, long value) => value <= MaxCountTotal - total;

    /// <summary>True when <paramref name="value"/> can be added to <paramref name="total"/> without passing the cap.</summary>
    public static bool Fits(decimal total, decimal value) => value <= MaxAmountTotal - total;

    /// <summary>The reason of the issue that excludes a row whose <paramref name="column"/> would pass its cap.</summary>
    public static string Reason(string column, bool amount) =>
        $"{column} would take the file's total over {(amount ? "10^18" : "10^15")}: the row is left out so that no sum can overflow";

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
