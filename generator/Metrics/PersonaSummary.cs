namespace RoiReportGen.Metrics;

/// <summary>Influencers grouped by platform × category × gender × follower tier.</summary>
/// <param name="EngagementRate">Simple mean of the post rates of all the persona's posts with reach &gt; 0.</param>
/// <param name="EngagementRateWeighted">Σ(likes + comments) / Σ reach over those posts.</param>
public sealed record PersonaSummary(
    string Platform,
    string Category,
    string Gender,
    FollowerTier Tier,
    long Influencers,
    long Posts,
    long Orders,
    decimal Revenue,
    decimal Payout,
    decimal? Roas,
    decimal NetReturn,
    decimal? EngagementRate,
    decimal? EngagementRateWeighted)
{
    /// <summary>A readable label, e.g. "Instagram · Fitness · Female · micro".</summary>
    public string Label => $"{Platform} · {Category} · {Gender} · {Tier.ToString().ToLowerInvariant()}";
}
