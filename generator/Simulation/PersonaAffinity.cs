namespace RoiReportGen.Simulation;

/// <summary>How naturally a persona fits a brand, as a relative weight when influencers are matched to campaigns.</summary>
internal static class PersonaAffinity
{
    /// <summary>Parenting creators sell Gritzo, lifters sell MuscleBlaze, wellness voices sell HKVitals.</summary>
    public static double Of(string category, string brand) => (brand, category) switch
    {
        (ProductCatalog.MuscleBlaze, "Bodybuilding") => 4,
        (ProductCatalog.MuscleBlaze, "Fitness") => 3,
        (ProductCatalog.MuscleBlaze, "Nutrition") => 1.5,
        (ProductCatalog.MuscleBlaze, "Parenting") => 0.2,
        (ProductCatalog.HkVitals, "Wellness") => 3,
        (ProductCatalog.HkVitals, "Nutrition") => 2.5,
        (ProductCatalog.HkVitals, "Lifestyle") => 2,
        (ProductCatalog.HkVitals, "Bodybuilding") => 0.5,
        (ProductCatalog.Gritzo, "Parenting") => 6,
        (ProductCatalog.Gritzo, "Nutrition") => 1.5,
        (ProductCatalog.Gritzo, "Fitness") => 0.3,
        (ProductCatalog.Gritzo, "Bodybuilding") => 0.1,
        _ => 1,
    };
}
