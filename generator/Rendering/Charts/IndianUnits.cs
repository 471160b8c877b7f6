using System.Globalization;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// Short money labels in the units an Indian reader uses, for chart axes: ₹500, ₹50K, ₹5L, ₹1.2Cr. Plotly's own
/// "~s" format gives ₹500k and ₹1M, and d3 has no lakh or crore, so the page gets these labels as ticktext.
/// Below a lakh the unit is K (thousand): ₹50K is as short as ₹5L on a phone's axis and K, L, Cr never mean
/// anything else. Hover text and tables keep the exact amount (<see cref="DisplayFormat.Money"/>, ₹1,23,45,678).
/// </summary>
public static class IndianUnits
{
    public const decimal Thousand = 1_000m;
    public const decimal Lakh = 1_00_000m;
    public const decimal Crore = 1_00_00_000m;

    // Largest unit first: the first one the amount reaches is its unit.
    private static readonly (decimal Size, string Suffix)[] Units = [(Crore, "Cr"), (Lakh, "L"), (Thousand, "K"), (1m, string.Empty)];

    /// <summary>
    /// The amount in its unit with at most <paramref name="decimals"/> decimals (trailing zeros dropped, half away from
    /// zero): 1,20,000 → "₹1.2L"; −5,00,000 → "−₹5L". An amount that rounds up to the next unit takes it
    /// (99,999 → "₹1L", not "₹100K"); crores are grouped the Indian way ("₹1,234Cr").
    /// </summary>
    public static string Label(decimal value, int decimals = 2)
    {
        var magnitude = Math.Abs(value);
        for (var i = 0; i < Units.Length; i++)
        {
            var (size, suffix) = Units[i];
            if (magnitude < size && size != 1m)
            {
                continue;
            }

            var scaled = Math.Round(magnitude / size, decimals, MidpointRounding.AwayFromZero);
            // 99,999 is 99.999K, which shows as 100K: that is a lakh, so it reads as one.
            if (i > 0 && scaled * size >= Units[i - 1].Size)
            {
                (size, suffix) = Units[i - 1];
                scaled = Math.Round(magnitude / size, decimals, MidpointRounding.AwayFromZero);
            }

            var sign = value < 0 && scaled != 0m ? "−" : string.Empty;
            return sign + "₹" + Number(scaled) + suffix;
        }

        throw new InvalidOperationException("unreachable: the last unit takes every amount");
    }

    // Whole part with Indian grouping, then the decimals that are not zero.
    private static string Number(decimal nonNegative)
    {
        var whole = decimal.Truncate(nonNegative);
        var fraction = (nonNegative - whole).ToString("0.##########", CultureInfo.InvariantCulture);
        return DisplayFormat.Group(whole) + (fraction == "0" ? string.Empty : fraction[1..]);
    }
}
