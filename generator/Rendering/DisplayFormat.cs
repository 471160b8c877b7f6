using System.Globalization;

namespace RoiReportGen.Rendering;

/// <summary>
/// How numbers read on the page and in chart hover text: INR with Indian digit grouping
/// (₹1,23,45,678, whole rupees), counts grouped the same way, ratios with 2 decimals, rates as
/// percentages, and "—" for undefined values. Written by hand because the Indian grouping is not
/// available under invariant globalization, and the output must not depend on the machine's culture.
/// </summary>
public static class DisplayFormat
{
    public const string Undefined = "—";

    /// <summary>₹ and Indian grouping, rounded to whole rupees (half away from zero).</summary>
    public static string Money(decimal? value) =>
        value is { } v ? (v < 0 ? "−₹" : "₹") + Group(Math.Round(Math.Abs(v), 0, MidpointRounding.AwayFromZero)) : Undefined;

    /// <summary>A count with Indian grouping: 1,23,456.</summary>
    public static string Count(long? value) =>
        value is { } v ? (v < 0 ? "−" : string.Empty) + Group(Math.Abs((decimal)v)) : Undefined;

    /// <summary>A ratio such as ROAS with 2 decimals: 2.65.</summary>
    public static string Ratio(decimal? value) =>
        value is { } v ? Signed(v, Math.Round(Math.Abs(v), 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)) : Undefined;

    /// <summary>A rate as a percentage with 2 decimals: 0.0123 → 1.23%.</summary>
    public static string Percent(decimal? value) =>
        value is { } v ? Signed(v, Math.Round(Math.Abs(v) * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)) + "%" : Undefined;

    /// <summary>A ratio's 90% interval, "1.80–2.40" (an en dash between the ends); "—" when undefined.</summary>
    public static string RatioInterval(decimal? low, decimal? high) =>
        low is { } l && high is { } h ? Ratio(l) + "–" + Ratio(h) : Undefined;

    /// <summary>A ratio with its 90% interval, "2.10 (90%: 1.80–2.40)"; just the ratio when the interval is undefined.</summary>
    public static string RatioWithInterval(decimal? value, decimal? low, decimal? high) =>
        value is null || low is null || high is null ? Ratio(value) : $"{Ratio(value)} (90%: {RatioInterval(low, high)})";

    public static string Date(DateOnly? value) =>
        value is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Undefined;

    private static string Signed(decimal value, string magnitude) =>
        value < 0 && magnitude.Any(c => c is >= '1' and <= '9') ? "−" + magnitude : magnitude;

    // Indian grouping: the last three digits, then groups of two (12,34,56,789).
    internal static string Group(decimal wholeNonNegative)
    {
        var digits = decimal.Truncate(wholeNonNegative).ToString("0", CultureInfo.InvariantCulture);
        if (digits.Length <= 3)
        {
            return digits;
        }

        var head = digits[..^3];
        var groups = new List<string>();
        for (var end = head.Length; end > 0; end -= 2)
        {
            groups.Insert(0, head[Math.Max(0, end - 2)..end]);
        }

        return string.Join(',', groups) + "," + digits[^3..];
    }
}
