using System.Globalization;
using RoiReportGen.Data;

namespace RoiReportGen.Simulation;

/// <summary>Draws the influencer roster: platform, persona, follower tier, engagement and payout terms.</summary>
internal static class InfluencerGenerator
{
    public static readonly string[] Platforms = ["Instagram", "YouTube", "Twitter"];
    private static readonly double[] PlatformWeights = [50, 30, 20];

    public static readonly string[] Categories = ["Fitness", "Nutrition", "Lifestyle", "Bodybuilding", "Parenting", "Wellness"];
    private static readonly double[] CategoryWeights = [25, 15, 18, 14, 12, 16];

    // Tier shares and follower bounds: nano < 10k <= micro < 100k <= macro < 1M <= mega.
    private static readonly double[] TierWeights = [22, 46, 24, 8];
    private static readonly double[] TierLow = [1_000, 10_000, 100_000, 1_000_000];
    private static readonly double[] TierHigh = [10_000, 100_000, 1_000_000, 8_000_000];

    private static readonly string[] HandleSuffixes = ["", "fit", "official", "eats", "lifts", "daily", "vlogs", "_in"];

    public static IReadOnlyList<SimulatedInfluencer> Generate(int count, SplitMix64 rng)
    {
        var platforms = new WeightedIndex(PlatformWeights);
        var categories = new WeightedIndex(CategoryWeights);
        var tiers = new WeightedIndex(TierWeights);
        var width = Math.Max(3, count.ToString(CultureInfo.InvariantCulture).Length);
        var result = new SimulatedInfluencer[count];
        for (var i = 0; i < count; i++)
        {
            var id = "INF" + (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            var name = NameBank.Next(rng);
            var platform = Platforms[platforms.Pick(rng)];
            var tier = tiers.Pick(rng);
            var followers = (long)Math.Round(rng.NextLogUniform(TierLow[tier], TierHigh[tier]));
            // A few leave gender blank; the report calls them "Unspecified".
            var gender = rng.Chance(0.05) ? "" : name.Gender;
            var suffix = HandleSuffixes[rng.NextInt(HandleSuffixes.Length)];
            var handle = name.Handle + suffix + (i + 1).ToString(CultureInfo.InvariantCulture);
            // Rare duds: paid, posted, sold nothing.
            var quality = rng.Chance(0.03) ? 0 : rng.NextLogNormal(1, 0.7);
            var basis = rng.Chance(0.5) ? PayoutBasis.Post : PayoutBasis.Order;
            // Median 3.2 with sigma 0.75: ~6% below 1 and ~11% above 8 before the campaign's
            // own factor; clamped so one freak draw cannot dominate a campaign's spend.
            var targetRoas = Math.Clamp(rng.NextLogNormal(3.2, 0.75), 0.3, 20);
            result[i] = new SimulatedInfluencer(
                i, id, name.DisplayName, platform, Categories[categories.Pick(rng)], gender, followers,
                handle, EngagementRate(followers, platform, rng), quality, basis, targetRoas);
        }

        return result;
    }

    /// <summary>
    /// Engagement falls with audience size: about 5.5% at 5k followers, 2.6% at 50k,
    /// 1.2% at 500k and 0.7% at 3M (a power law fitted through those), then
    /// per-platform and per-influencer noise.
    /// </summary>
    private static double EngagementRate(long followers, string platform, SplitMix64 rng)
    {
        var byAudience = 0.055 * Math.Pow(followers / 5000.0, -0.33);
        var byPlatform = platform switch
        {
            "YouTube" => 1.1,
            "Twitter" => 0.6,
            _ => 1.0,
        };
        return byAudience * byPlatform * rng.NextLogNormal(1, 0.3);
    }
}
