using System.Text;

namespace RoiReportGen.Simulation;

/// <summary>
/// Writes post captions the way creators do: product names, coupon codes, hashtags, emoji,
/// and now and then a comma, a quote, a line break or a stray "&lt;3" (which the report must escape).
/// </summary>
internal static class CaptionWriter
{
    // {p} product, {b} brand, {c} campaign hashtag, {k} coupon code, {n} a day number.
    // A template with a brand is only used for that brand's campaigns (no "kids asked for seconds" on creatine).
    private static readonly (string? Brand, string Text)[] Templates =
    [
        (null, "Honest review: {p}, after 30 days. Worth every rupee 🔥 #{c} #ad"),
        (null, "\"Consistency beats intensity\" – that's the whole secret. Fuelled by {p} ⚡ #{b} #{c}"),
        (null, "3 things I never skip:\n1. Sleep\n2. Water\n3. {p} ✅ #{c} #{b}"),
        (null, "Roz ka routine 🙏 {p} ke saath. Code {k} lagao, discount pao! #{c} #{b}"),
        (null, "Unboxing {p} 📦 full video on the channel, link below. #{b} #{c} #unboxing"),
        (null, "Is {p} worth it? I tested it so you don't have to – verdict inside 👀 #{c}"),
        (null, "Day {n} of #{c}: feeling stronger, sleeping better. {p} daily 🙌 #{b} #ad #collab"),
        (ProductCatalog.MuscleBlaze, "My go-to post-workout: {p} 💪 Use code {k} for 10% off #{c} #{b} #fitness"),
        (ProductCatalog.MuscleBlaze, "Leg day done 🏋️‍♀️ new PR today, thanks {b}! Link in bio, code {k} #{c}"),
        (ProductCatalog.MuscleBlaze, "{p} <3 the \"cheat meal\" that isn't one 😋 #{c} #{b}"),
        (ProductCatalog.HkVitals, "Glow from within ✨ {p} + 8 glasses of water = my routine. #{c} #{b} #wellness"),
        (ProductCatalog.HkVitals, "Doctor said \"fix your basics\", so: {p}, every morning 🌿 Code {k} #{c}"),
        (ProductCatalog.Gritzo, "Kids asked for seconds 😄 {p} is now part of our breakfast, and I'm not complaining! #{c} #parenting #{b}"),
        (ProductCatalog.Gritzo, "Tiffin sorted, homework not 😅 {p} for my little one. Code {k} #{c} #{b} #momlife"),
    ];

    public static string Write(SimulatedInfluencer influencer, SimulatedCampaign campaign, Product product, SplitMix64 rng)
    {
        var eligible = Templates.Where(t => t.Brand is null || t.Brand == campaign.Brand).ToList();
        return new StringBuilder(eligible[rng.NextInt(eligible.Count)].Text)
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
