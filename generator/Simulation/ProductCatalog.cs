namespace RoiReportGen.Simulation;

/// <summary>HealthKart-style brands and products with list prices in INR (MRP-like, as on the brands' sites in 2025).</summary>
internal static class ProductCatalog
{
    public const string MuscleBlaze = "MuscleBlaze";
    public const string HkVitals = "HKVitals";
    public const string Gritzo = "Gritzo";

    public static IReadOnlyList<string> Brands { get; } = [MuscleBlaze, HkVitals, Gritzo];

    public static IReadOnlyList<Product> All { get; } =
    [
        new(MuscleBlaze, "Biozyme Performance Whey 2kg", "Biozyme Whey", 5299m, 9),
        new(MuscleBlaze, "Raw Whey Protein 80% 1kg", "Raw Whey", 1899m, 6),
        new(MuscleBlaze, "Whey Gold 100% Whey Isolate 2kg", "Whey Gold", 6299m, 3),
        new(MuscleBlaze, "Beginner's Whey Protein 1kg", "Beginner's Whey", 1599m, 5),
        new(MuscleBlaze, "Creatine Monohydrate CreaPRO 250g", "CreaPRO Creatine", 849m, 7),
        new(MuscleBlaze, "Super Gainer XXL 3kg", "Super Gainer XXL", 2999m, 4),
        new(MuscleBlaze, "High Protein Peanut Butter 1kg", "Peanut Butter", 599m, 8),
        new(MuscleBlaze, "PRE Workout 200 Xtreme 100g", "PRE Workout 200", 1199m, 2),
        new(MuscleBlaze, "MB-Vite Multivitamin 60 Tablets", "MB-Vite", 499m, 4),
        new(HkVitals, "Multivitamin for Men & Women 60 Tablets", "Multivitamin", 599m, 8),
        new(HkVitals, "Fish Oil 1000mg Omega-3 60 Capsules", "Fish Oil", 699m, 6),
        new(HkVitals, "Biotin 10000mcg 90 Tablets", "Biotin", 549m, 5),
        new(HkVitals, "Apple Cider Vinegar with Mother 500ml", "ACV", 499m, 6),
        new(HkVitals, "Skin Radiance Collagen 200g", "Skin Radiance Collagen", 1499m, 4),
        new(HkVitals, "Vitamin C with Zinc 60 Tablets", "Vitamin C + Zinc", 399m, 4),
        new(HkVitals, "Vitamin D3 + K2 60 Capsules", "D3 + K2", 449m, 3),
        new(HkVitals, "Calcium + Vitamin D3 60 Tablets", "Calcium + D3", 399m, 3),
        new(Gritzo, "SuperMilk Kids 3-9 yrs Chocolate 400g", "SuperMilk Kids", 649m, 4),
        new(Gritzo, "SuperMilk Height+ 8-12 yrs 400g", "SuperMilk Height+", 799m, 3),
        new(Gritzo, "SuperMilk Young Athletes 13+ yrs 400g", "SuperMilk Young Athletes", 749m, 2),
        new(Gritzo, "SuperMilk Daily Nutrition Vanilla 400g", "SuperMilk Daily", 599m, 2),
    ];

    /// <summary>The place of <paramref name="brand"/> in <see cref="Brands"/>.</summary>
    public static int BrandIndex(string brand)
    {
        for (var i = 0; i < Brands.Count; i++)
        {
            if (Brands[i] == brand)
            {
                return i;
            }
        }

        throw new ArgumentException("not a brand of the catalog: " + brand, nameof(brand));
    }

    public static IReadOnlyList<Product> OfBrand(string brand) => [.. All.Where(p => p.Brand == brand)];

    /// <summary>
    /// The brand's products that some campaign template sells. The others (MB-Vite, Calcium + D3, SuperMilk
    /// Daily) are never promoted, so every brand keeps control series that no campaign touches.
    /// </summary>
    public static IReadOnlyList<Product> PromotedOfBrand(string brand) =>
        [.. OfBrand(brand).Where(p => CampaignTemplate.BaseYear.Any(t => t.ProductNames.Contains(p.Name)))];

    public static int IndexOf(Product product)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], product))
            {
                return i;
            }
        }

        throw new ArgumentException("not in the catalog: " + product.Name, nameof(product));
    }

    public static Product Get(string name) => All.First(p => p.Name == name);
}
