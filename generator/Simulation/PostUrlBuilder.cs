using System.Globalization;

namespace RoiReportGen.Simulation;

/// <summary>Post URLs in each platform's real shape (random ids, so they lead nowhere).</summary>
internal static class PostUrlBuilder
{
    private const string ShortcodeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static string Build(SimulatedInfluencer influencer, SplitMix64 rng) => influencer.Platform switch
    {
        "YouTube" => "https://www.youtube.com/watch?v=" + Shortcode(rng),
        "Twitter" => string.Create(
            CultureInfo.InvariantCulture,
            $"https://x.com/{influencer.Handle.Replace('.', '_')}/status/{1_900_000_000_000_000_000L + (long)(rng.NextDouble() * 1e17)}"),
        _ => "https://www.instagram.com/p/" + Shortcode(rng) + "/",
    };

    // Instagram shortcodes and YouTube video ids are both 11 characters of URL-safe base64.
    private static string Shortcode(SplitMix64 rng) =>
        string.Create(11, rng, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = ShortcodeAlphabet[r.NextInt(ShortcodeAlphabet.Length)];
            }
        });
}
