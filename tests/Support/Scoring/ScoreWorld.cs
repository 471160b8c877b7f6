using RoiReportGen.Simulation;

namespace RoiReportGen.Tests.Support.Scoring;

/// <summary>
/// A world the scorer judges the estimator in: which of the simulator's harder mechanisms are on, and how strongly.
/// A method tuned in one world learns that world, so the targets must hold in every one of them (SPEC 5).
/// </summary>
/// <param name="Name">What `Scorer --world` takes and the table shows.</param>
/// <param name="Description">In words, for docs/VALIDATION.md.</param>
/// <param name="Apply">Sets the world's knobs on a programme, drawing each level from the world's range.</param>
public sealed record ScoreWorld(string Name, string Description, Func<SimulationOptions, Random, SimulationOptions> Apply)
{
    /// <summary>The world before the harder mechanisms: no carry-over, spill, sale weeks, persistence, price step or zero-effect campaigns.</summary>
    public static ScoreWorld Base { get; } = new("base", "none of the harder mechanisms (the world of the first simulator)", (o, _) => Off(o));

    /// <summary>Every mechanism at the realistic moderate levels the shipped data is simulated with, each drawn around them.</summary>
    public static ScoreWorld Default { get; } = new(
        "default",
        "every mechanism at a realistic, moderate level (carry-over 0.5–1.5, spill 0.1–0.4, sale weeks 0.5–1.5, persistence 0.3–0.7, price step 0–0.15, zero-effect 0–15%, discount 0.8–1.2, campaign size 0.5–1.5)",
        (o, r) => o with
        {
            Carryover = Between(r, 0.5, 1.5),
            Spill = Between(r, 0.1, 0.4),
            Festivals = Between(r, 0.5, 1.5),
            Persistence = Between(r, 0.3, 0.7),
            PriceStep = Between(r, 0, 0.15),
            ZeroEffect = Between(r, 0, 0.15),
            Discount = Between(r, 0.8, 1.2),
            CampaignSize = Between(r, 0.5, 1.5),
        });

    /// <summary>Every mechanism at a hard level at once.</summary>
    public static ScoreWorld Hard { get; } = new(
        "hard",
        "every mechanism at a hard level (carry-over 1.5–3, spill 0.4–0.8, sale weeks 1.5–3, persistence 0.85–0.95, price step 0.15–0.35, zero-effect 15–35%, discount 1.5–2.5, campaign size 0.15–2)",
        (o, r) => o with
        {
            Carryover = HardCarryover(r),
            Spill = HardSpill(r),
            Festivals = HardFestivals(r),
            Persistence = HardPersistence(r),
            PriceStep = HardPriceStep(r),
            ZeroEffect = HardZeroEffect(r),
            Discount = HardDiscount(r),
            CampaignSize = HardCampaignSize(r),
        });

    /// <summary>The default and hard worlds, then each mechanism alone at its hard level on the base world, then the base world.</summary>
    public static IReadOnlyList<ScoreWorld> All { get; } =
    [
        Default,
        Hard,
        new("carry-over", "carry-over alone, 1.5–3", (o, r) => Off(o) with { Carryover = HardCarryover(r) }),
        new("spill", "halo spilling onto the brand's unpromoted products alone, 0.4–0.8 of it (halo 1–2)", (o, r) => Off(o) with { Spill = HardSpill(r), Halo = Between(r, 1, 2) }),
        new("sale weeks", "sale and festival weeks alone, 1.5–3", (o, r) => Off(o) with { Festivals = HardFestivals(r) }),
        new("persistence", "persistent demand alone, autocorrelation 0.85–0.95", (o, r) => Off(o) with { Persistence = HardPersistence(r) }),
        new("price step", "a mid-year step in one brand's demand alone, 15–35%", (o, r) => Off(o) with { PriceStep = HardPriceStep(r) }),
        new("zero-effect", "zero-effect campaigns alone, 15–35% of them", (o, r) => Off(o) with { ZeroEffect = HardZeroEffect(r) }),
        new("discount", "deep coupon discounts alone, 1.5–2.5 (15–50% off)", (o, r) => Off(o) with { Discount = HardDiscount(r) }),
        new("campaign size", "campaign size alone, 0.15–2 (log-uniform)", (o, r) => Off(o) with { CampaignSize = HardCampaignSize(r) }),
        Base,
    ];

    /// <summary>The world named <paramref name="name"/>; null when there is none.</summary>
    public static ScoreWorld? Named(string name) => All.FirstOrDefault(w => w.Name == name);

    /// <summary>The harder mechanisms off, whatever the simulator's defaults are.</summary>
    private static SimulationOptions Off(SimulationOptions o) => o with
    {
        Carryover = 0,
        Spill = 0,
        Festivals = 0,
        Persistence = 0,
        PriceStep = 0,
        ZeroEffect = 0,
        Discount = 1,
        CampaignSize = 1,
    };

    private static double HardCarryover(Random r) => Between(r, 1.5, 3);

    private static double HardSpill(Random r) => Between(r, 0.4, 0.8);

    private static double HardFestivals(Random r) => Between(r, 1.5, 3);

    private static double HardPersistence(Random r) => Between(r, 0.85, 0.95);

    private static double HardPriceStep(Random r) => Between(r, 0.15, 0.35);

    private static double HardZeroEffect(Random r) => Between(r, 0.15, 0.35);

    private static double HardDiscount(Random r) => Between(r, 1.5, 2.5);

    private static double HardCampaignSize(Random r) => Math.Round(0.15 * Math.Pow(2 / 0.15, r.NextDouble()), 2);

    // Two decimals: the settings print exactly as they were simulated.
    private static double Between(Random r, double min, double max) => Math.Round(min + ((max - min) * r.NextDouble()), 2);
}
