namespace RoiReportGen.Simulation;

/// <summary>
/// Draws each campaign's true effect: per member the share of its attributed orders that would have happened
/// anyway, and the campaign's halo rate. The tracking writer turns them into rows and counts the truth exactly.
/// </summary>
internal static class CampaignEffects
{
    /// <summary>Share of deals whose codes mostly capture existing buyers (codes posted on coupon sites).</summary>
    public const double LeakerChance = 0.06;

    /// <summary>No deal is all anyway: some of even a leaker's orders are new, which also bounds the writer's loop.</summary>
    public const double MaxAnywayShare = 0.95;

    /// <summary>A zero-effect campaign's anyway share: all but a few of its orders (the writer draws until its few new ones).</summary>
    public const double ZeroEffectAnywayShare = 0.98;

    /// <summary>The carry-over's first day at carry-over level 1, per steady day's new attributed sales.</summary>
    public const double CarryRate = 0.5;

    /// <param name="rng">The anyway shares and halo rates (the stream of the world before the carry-over knobs).</param>
    /// <param name="carryRng">Which campaigns bring no new buyers and how fast each one's carry-over decays: its own stream.</param>
    public static void Assign(IReadOnlyList<SimulatedCampaign> campaigns, SimulationOptions options, SplitMix64 rng, SplitMix64 carryRng)
    {
        foreach (var campaign in campaigns)
        {
            var shares = new double[campaign.Members.Count];
            for (var slot = 0; slot < shares.Length; slot++)
            {
                shares[slot] = Math.Min(MaxAnywayShare, options.Cannibalisation * DrawAnywayShare(rng));
            }

            // Per new attributed order; with a typical anyway share of 0.3 that is about 5–15% of attributed sales.
            var halo = options.Halo * rng.NextDouble(0.07, 0.21);
            var zero = carryRng.Chance(options.ZeroEffect);
            // A decay time of 5–10 days: the carry-over fades over three to six weeks, most of it in the first two.
            var decay = carryRng.NextDouble(5, 10);
            if (zero)
            {
                Array.Fill(shares, ZeroEffectAnywayShare);
                campaign.SetEffects(shares, 0, 0, decay, zeroEffect: true);
            }
            else
            {
                campaign.SetEffects(shares, halo, options.Carryover * CarryRate, decay);
            }
        }
    }

    /// <summary>
    /// A typical deal: Beta(4, 9), mean 0.31, most between 0.1 and 0.55 (studies of coupon-code attribution find a
    /// third or so of code users were already customers). A leaker: uniform in 0.7–0.95.
    /// </summary>
    internal static double DrawAnywayShare(SplitMix64 rng)
    {
        // Both branches draw the same number of values, so one deal's luck does not shift the next deal's draws.
        var leaker = rng.Chance(LeakerChance);
        var leakerShare = rng.NextDouble(0.7, 0.95);
        var a = Gamma(4, rng);
        var b = Gamma(9, rng);
        return leaker ? leakerShare : a / (a + b);
    }

    /// <summary>Gamma(k, 1) for a whole k: the sum of k standard exponentials.</summary>
    private static double Gamma(int k, SplitMix64 rng)
    {
        var sum = 0.0;
        for (var i = 0; i < k; i++)
        {
            sum -= Math.Log(1.0 - rng.NextDouble());
        }

        return sum;
    }
}
