namespace RoiReportGen.Metrics.Periods;

/// <summary>One figure against the previous period of the same kind. Null means undefined.</summary>
/// <param name="Current">This period's value.</param>
/// <param name="Previous">The previous period's value.</param>
public sealed record KpiChange(decimal? Current, decimal? Previous)
{
    /// <summary>Current − Previous; undefined when either side is.</summary>
    public decimal? Absolute => Current is { } c && Previous is { } p ? c - p : null;

    /// <summary>(Current − Previous) / |Previous| × 100; undefined when either side is, or Previous is 0.</summary>
    public decimal? Percent => Absolute is { } a && Previous is { } p && p != 0m ? a / Math.Abs(p) * 100m : null;
}
