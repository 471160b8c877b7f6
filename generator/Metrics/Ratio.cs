namespace RoiReportGen.Metrics;

/// <summary>The one place where the metrics divide.</summary>
internal static class Ratio
{
    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, or null when the divisor is 0.</summary>
    // A zero divisor means "undefined" (shown as "—", exported empty): never 0 and never infinity.
    public static decimal? Of(decimal numerator, decimal denominator) =>
        denominator == 0m ? null : numerator / denominator;
}
