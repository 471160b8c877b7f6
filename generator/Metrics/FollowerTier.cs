namespace RoiReportGen.Metrics;

/// <summary>Follower tiers: nano &lt; 10k ≤ micro &lt; 100k ≤ macro &lt; 1M ≤ mega.</summary>
public enum FollowerTier
{
    Nano,
    Micro,
    Macro,
    Mega,
}
