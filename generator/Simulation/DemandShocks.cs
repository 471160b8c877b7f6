namespace RoiReportGen.Simulation;

/// <summary>
/// What moves a brand's organic demand beyond the shared market and each product's own noise: its own persistent
/// noise (the persistence knob) and a mid-year price change that steps its demand (the price-step knob). Both
/// draw from their own stream and are exactly 1 when their knob is 0, so the world without them is unchanged.
/// </summary>
internal sealed class DemandShocks
{
    /// <summary>Sigma of a brand's own log-demand noise at noise level 1 and persistence 1 (it grows with both).</summary>
    private const double BrandNoise = 0.07;

    private readonly double[,] brandFactor;

    private DemandShocks(double[,] brandFactor) => this.brandFactor = brandFactor;

    /// <summary>The shocks of every brand on every day (days × brands, <see cref="ProductCatalog.Brands"/> order).</summary>
    public static DemandShocks Create(SimulationOptions options, int days, SplitMix64 rng)
    {
        var brands = ProductCatalog.Brands.Count;
        var factor = new double[days, brands];
        var sigma = options.Noise * BrandNoise * options.Persistence;
        var step = PriceStep(options, days, rng);
        for (var b = 0; b < brands; b++)
        {
            var noise = new Ar1(options.Persistence);
            for (var d = 0; d < days; d++)
            {
                var e = noise.Next(rng.NextGaussian());
                var stepped = b == step.Brand && d >= step.Day ? step.Factor : 1.0;
                factor[d, b] = Math.Exp(sigma * e) * stepped;
            }
        }

        return new DemandShocks(factor);
    }

    /// <summary>Brand <paramref name="brand"/>'s demand factor on day <paramref name="d"/>.</summary>
    public double Factor(int d, int brand) => brandFactor[d, brand];

    // One brand, a day in the middle third of the data, a step of up to the knob's share up or down (at least half of it).
    private static (int Brand, int Day, double Factor) PriceStep(SimulationOptions options, int days, SplitMix64 rng)
    {
        var brand = rng.NextInt(ProductCatalog.Brands.Count);
        var day = rng.NextInt(days / 3, (2 * days / 3) - 1);
        var size = options.PriceStep * rng.NextDouble(0.5, 1.0);
        var down = rng.Chance(0.5);
        return (brand, day, down ? 1 - size : 1 + size);
    }
}

/// <summary>
/// An AR(1) series of standard normal innovations with unit variance: eₜ = ρ·eₜ₋₁ + √(1 − ρ²)·zₜ, starting at
/// e₀ = z₀, so the day-to-day spread is the same at every ρ and only the persistence changes; at ρ = 0 it is zₜ.
/// </summary>
internal struct Ar1(double rho)
{
    private readonly double scale = Math.Sqrt(1 - (rho * rho));
    private double last;
    private bool started;

    public double Next(double z)
    {
        last = started ? (rho * last) + (scale * z) : z;
        started = true;
        return last;
    }
}
