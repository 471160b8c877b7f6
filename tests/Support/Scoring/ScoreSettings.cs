using RoiReportGen.Simulation;

namespace RoiReportGen.Tests.Support.Scoring;

/// <summary>
/// The programmes the scorer simulates: a fixed, deterministic list drawn from one list seed, so a score can be
/// reproduced and the seeds the estimator was tuned on kept apart from the seeds it is judged on.
/// </summary>
public static class ScoreSettings
{
    /// <summary>The list seed the interval was calibrated on (never used for the reported score).</summary>
    public const int TuningSeed = 1;

    /// <summary>The list seed of the reported score (README, bench/results-score.md).</summary>
    public const int EvaluationSeed = 2;

    /// <summary>
    /// Tracking rows per influencer: the shipped data's 500 (30,000 rows for 60 influencers, 88% organic, so about
    /// 440 organic rows per influencer). The catalogue does not grow with the roster, so bigger programmes have
    /// denser products; sparser data leaves many product-days at ₹0 and the daily noise is then mostly sampling.
    /// </summary>
    public const int RowsPerInfluencer = 500;

    /// <summary>The ranges drawn from, for the README.</summary>
    public const string Ranges =
        "influencers 60–600 (tracking rows 500 per influencer), overlap 0–1, trend 0–2, cannibalisation 0.5–2, noise 0.5–2, halo 0–2; 12 months";

    /// <summary>
    /// <paramref name="count"/> programmes drawn uniformly from <see cref="Ranges"/>; each gets its own
    /// simulation seed, derived from the list seed (so two list seeds share no programme).
    /// </summary>
    /// <param name="world">The harder mechanisms' levels, drawn per programme from a stream of their own (so the
    /// base settings of programme i are the same in every world); <see cref="ScoreWorld.Base"/> when null.</param>
    public static IReadOnlyList<SimulationOptions> Draw(int listSeed, int count, int maxInfluencers = 600, ScoreWorld? world = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(listSeed);
        var levels = new Random(listSeed + 7_919);
        var list = new List<SimulationOptions>(count);
        for (var i = 0; i < count; i++)
        {
            var influencers = random.Next(60, maxInfluencers + 1);
            list.Add(new SimulationOptions(
                Influencers: influencers,
                TrackingRows: (long)influencers * RowsPerInfluencer,
                Seed: (listSeed * 100_003) + i + 1,
                Overlap: Round(random.NextDouble()),
                Trend: Round(2 * random.NextDouble()),
                Cannibalisation: Round(0.5 + (1.5 * random.NextDouble())),
                Noise: Round(0.5 + (1.5 * random.NextDouble())),
                Halo: Round(2 * random.NextDouble())));
            list[^1] = (world ?? ScoreWorld.Base).Apply(list[^1], levels);
        }

        return list;
    }

    // Two decimals: the settings print exactly as they were simulated.
    private static double Round(double value) => Math.Round(value, 2);
}
