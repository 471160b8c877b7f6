namespace RoiReportGen.Metrics;

/// <summary>Maps a follower count to its tier (SPEC 2: nano &lt; 10k ≤ micro &lt; 100k ≤ macro &lt; 1M ≤ mega).</summary>
internal static class FollowerTiers
{
    public const long MicroFrom = 10_000;
    public const long MacroFrom = 100_000;
    public const long MegaFrom = 1_000_000;

    public static FollowerTier Of(long followers) => followers switch
    {
        < MicroFrom => FollowerTier.Nano,
        < MacroFrom => FollowerTier.Micro,
        < MegaFrom => FollowerTier.Macro,
        _ => FollowerTier.Mega,
    };
}
