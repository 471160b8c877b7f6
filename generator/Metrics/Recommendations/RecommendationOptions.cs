namespace RoiReportGen.Metrics.Recommendations;

/// <summary>The target and thresholds of the recommendation rules (SPEC 2, "Recommendations"): options with SPEC's defaults.</summary>
/// <param name="TargetRoas">`--target-roas`: the incremental ROAS an influencer must reach to be scaled (default 1.0), above 0 and at most <see cref="MaxTargetRoas"/>.</param>
/// <param name="MinPosts">`--min-posts`: fewer posts than this in the view is "too early" (default 3).</param>
/// <param name="MinOrders">`--min-orders`: fewer attributed orders than this in the view is "too early" (default 10).</param>
public sealed record RecommendationOptions(decimal TargetRoas = 1.0m, int MinPosts = 3, int MinOrders = 10)
{
    /// <summary>A target above 100 (₹100 back per rupee) is surely a typo.</summary>
    public const decimal MaxTargetRoas = 100m;

    /// <summary>Higher thresholds than this would make every influencer "too early".</summary>
    public const int MaxThreshold = 1_000_000;

    public static RecommendationOptions Default { get; } = new();

    public decimal TargetRoas { get; } = TargetRoas is > 0m and <= MaxTargetRoas
        ? TargetRoas
        : throw new ArgumentOutOfRangeException(nameof(TargetRoas), TargetRoas, $"must be above 0 and at most {MaxTargetRoas}");

    public int MinPosts { get; } = MinPosts is >= 0 and <= MaxThreshold
        ? MinPosts
        : throw new ArgumentOutOfRangeException(nameof(MinPosts), MinPosts, $"must be 0 to {MaxThreshold}");

    public int MinOrders { get; } = MinOrders is >= 0 and <= MaxThreshold
        ? MinOrders
        : throw new ArgumentOutOfRangeException(nameof(MinOrders), MinOrders, $"must be 0 to {MaxThreshold}");
}
