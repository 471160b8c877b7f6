using System.Text;

namespace RoiReportGen.Simulation;

/// <summary>
/// Writes post captions the way creators do: product names, coupon codes, hashtags, emoji,
/// and now and then a comma, a quote, a line break or a stray "&lt;3" (which the report must escape).
/// </summary>
internal static class CaptionWriter
{
    // {p} product, {b} brand, {c} campaign hashtag, {k} coupon code, {n} a day number.
    private static readonly string[] Templates =
    [
        "My go-to post-workout: {p} 💪 Use code {k} for 10% off #{c} #{b} #fitness",
        "Honest review: {p}, after 30 days. Taste 8/10, mixability 9/10 🔥 #{c} #ad",
        "\"Consistency beats intensity\" – that's the whole secret. Fuelled by {p} ⚡ #{b} #{c}",
        "Kids asked for seconds 😄 {p} is now part of our breakfast, and I'm not complaining! #{c} #parenting #{b}",
        "Monday motivation 🏋️‍♀️ new PR today, thanks {b}! Link in bio, code {k} #{c}",
        "3 things I never skip:\n1. Sleep\n2. Water\n3. {p} ✅ #{c} #{b}",
        "Roz ka routine 🙏 {p} ke saath. Code {k} lagao, discount pao! #{c} #{b}",
        "Unboxing {p} 📦 full video on the channel, link below. #{b} #{c} #unboxing",
        "Is {p} worth it? I tested it so you don't have to – verdict inside 👀 #{c}",
        "Glow from within ✨ {p} + 8 glasses of water = my routine. #{c} #{b} #wellness",
        "{p} <3 the \"cheat meal\" that isn't one 😋 #{c} #{b}",
        "Day {n} of #{c}: feeling stronger, sleeping better. {p} daily 🙌 #{b} #ad #collab",
    ];

    public static string Write(SimulatedInfluencer influencer, SimulatedCampaign campaign, Product product, SplitMix64 rng)
    {
        var template = Templates[rng.NextInt(Templates.Length)];
        return new StringBuilder(template)
            .Replace("{p}", product.ShortName)
            .Replace("{b}", campaign.Brand)
            .Replace("{c}", campaign.Name.Replace(" ", "", StringComparison.Ordinal))
            .Replace("{k}", CouponCode(influencer))
            .Replace("{n}", rng.NextInt(3, 30).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToString();
    }

    /// <summary>The influencer's coupon code: the first letters of the handle, upper-cased, plus 10.</summary>
    public static string CouponCode(SimulatedInfluencer influencer)
    {
        var letters = new StringBuilder(8);
        foreach (var c in influencer.Handle)
        {
            if (char.IsAsciiLetter(c))
            {
                letters.Append(char.ToUpperInvariant(c));
                if (letters.Length == 8)
                {
                    break;
                }
            }
        }

        return letters.Append("10").ToString();
    }
}
