namespace RoiReportGen.Simulation;

/// <summary>A seasonal campaign idea: when it usually runs, what it sells, how well it tends to land.</summary>
/// <param name="Month">Preferred launch month; the planner takes its first occurrence after the pre-period.</param>
/// <param name="Volume">Relative size of its attributed sales per influencer.</param>
/// <param name="RoasFactor">Multiplies each influencer's target ROAS: below 1 for deals that were overpriced.</param>
internal sealed record CampaignTemplate(
    string Name,
    string Brand,
    IReadOnlyList<string> ProductNames,
    int Month,
    int Day,
    int Weeks,
    double Volume,
    double RoasFactor)
{
    /// <summary>
    /// The eight base campaigns of a financial year starting in April. MusclePush and
    /// ProteinWeek overlap on Biozyme Whey in September on purpose: the report must flag it.
    /// HeartHealthMonth and DiwaliGlow were overpriced and land below ROAS 1 more often than not.
    /// </summary>
    public static IReadOnlyList<CampaignTemplate> BaseYear { get; } =
    [
        new("SummerFit", ProductCatalog.MuscleBlaze, ["Biozyme Performance Whey 2kg", "Raw Whey Protein 80% 1kg", "High Protein Peanut Butter 1kg"], 5, 12, 5, 1.3, 1.2),
        new("GritzoBackToSchool", ProductCatalog.Gritzo, ["SuperMilk Kids 3-9 yrs Chocolate 400g", "SuperMilk Height+ 8-12 yrs 400g", "SuperMilk Young Athletes 13+ yrs 400g"], 6, 2, 4, 0.8, 1.2),
        new("MonsoonImmunity", ProductCatalog.HkVitals, ["Multivitamin for Men & Women 60 Tablets", "Vitamin C with Zinc 60 Tablets", "Vitamin D3 + K2 60 Capsules"], 7, 1, 5, 1.0, 0.9),
        new("MusclePush", ProductCatalog.MuscleBlaze, ["Creatine Monohydrate CreaPRO 250g", "Biozyme Performance Whey 2kg", "PRE Workout 200 Xtreme 100g"], 8, 11, 5, 1.5, 1.5),
        new("ProteinWeek", ProductCatalog.MuscleBlaze, ["Biozyme Performance Whey 2kg", "Whey Gold 100% Whey Isolate 2kg"], 9, 1, 2, 1.2, 1.3),
        new("HeartHealthMonth", ProductCatalog.HkVitals, ["Fish Oil 1000mg Omega-3 60 Capsules", "Apple Cider Vinegar with Mother 500ml"], 9, 22, 4, 0.7, 0.25),
        new("DiwaliGlow", ProductCatalog.HkVitals, ["Skin Radiance Collagen 200g", "Biotin 10000mcg 90 Tablets"], 10, 6, 3, 0.9, 0.6),
        new("NewYearResolution", ProductCatalog.MuscleBlaze, ["Beginner's Whey Protein 1kg", "Super Gainer XXL 3kg", "Creatine Monohydrate CreaPRO 250g", "High Protein Peanut Butter 1kg"], 12, 28, 6, 1.2, 1.1),
    ];
}
