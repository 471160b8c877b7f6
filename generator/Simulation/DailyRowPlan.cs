namespace RoiReportGen.Simulation;

/// <summary>
/// How many rows of each kind fall on each day, and the organic demand of each product that day. Computed up
/// front in O(days × products) memory, so the rows themselves can stream out in date order with an exact total.
/// </summary>
/// <remarks>
/// A day's rows are its <see cref="Baseline"/> organic sales (the world without any campaign) minus the ones
/// that anyway orders take over, plus its <see cref="Halo"/> rows, plus its attributed sales. An attributed
/// order that takes over an organic sale adds no row, so the writer draws attributed orders until
/// <see cref="NetAttributed"/> of them have added one: the day's total is Baseline + Halo + NetAttributed,
/// exactly, whatever the anyway draws were, and the baseline does not depend on them.
/// </remarks>
internal sealed class DailyRowPlan
{
    /// <summary>Organic demand grows by this share over the period at trend level 1.</summary>
    private const double SharedGrowth = 0.25;

    /// <summary>Each product's own drift over the period at trend level 1: up to this share up or down.</summary>
    private const double ProductDrift = 0.15;

    /// <summary>Day-to-day noise of all organic demand (sigma of its logarithm) at noise level 1.</summary>
    private const double SharedNoise = 0.08;

    /// <summary>Day-to-day noise of each product's organic demand at noise level 1.</summary>
    private const double ProductNoise = 0.12;

    private readonly double[] productCumulative;

    private DailyRowPlan(DateOnly firstDay, long[] baseline, long[] netAttributed, long[] halo, double[] productCumulative)
    {
        FirstDay = firstDay;
        Baseline = baseline;
        NetAttributed = netAttributed;
        Halo = halo;
        this.productCumulative = productCumulative;
    }

    public DateOnly FirstDay { get; }

    /// <summary>Organic sales per day in the world without campaigns.</summary>
    public IReadOnlyList<long> Baseline { get; }

    /// <summary>Attributed sales per day that are not anyway orders taking over an organic sale.</summary>
    public IReadOnlyList<long> NetAttributed { get; }

    /// <summary>
    /// Unattributed extra sales of running campaigns' products per day: each campaign's halo rate times its new
    /// (not anyway) attributed orders, since the halo comes from people the posts reached, not from existing buyers.
    /// </summary>
    public IReadOnlyList<long> Halo { get; }

    public int Days => Baseline.Count;

    public long Total => Baseline.Sum() + NetAttributed.Sum() + Halo.Sum();

    /// <param name="season">The sale weeks' factors (<see cref="SaleSeason.None"/> without them).</param>
    /// <param name="shocks">Each brand's own noise and price step.</param>
    public static DailyRowPlan Create(
        SimulationOptions options, IReadOnlyList<SimulatedCampaign> campaigns, SplitMix64 rng, SaleSeason season, DemandShocks shocks)
    {
        var days = options.LastDay.DayNumber - options.FirstDay.DayNumber + 1;
        var products = ProductCatalog.All;
        var brandOf = products.Select(p => ProductCatalog.BrandIndex(p.Brand)).ToArray();
        var popularity = products.Sum(p => p.Popularity);
        var drift = products.Select(_ => options.Trend * rng.NextDouble(-ProductDrift, ProductDrift)).ToArray();
        var productCumulative = new double[days * products.Count];
        var organicWeights = new double[days];
        var grossWeights = new double[days];
        var netWeights = new double[days];
        var haloWeights = new double[days];
        var keepShares = campaigns.Select(c => 1 - c.MeanAnywayShare).ToArray();
        // The persistence knob: each product's noise and the shared noise follow each other from day to day.
        var productNoise = products.Select(_ => new Ar1(options.Persistence)).ToArray();
        var sharedNoise = new Ar1(options.Persistence);
        for (var d = 0; d < days; d++)
        {
            var day = options.FirstDay.AddDays(d);
            var progress = d / (double)days;
            var sum = 0.0;
            for (var p = 0; p < products.Count; p++)
            {
                // Each product drifts its own way (centred on mid-period) and has its own good and bad days.
                var own = (1 + (drift[p] * ((2 * progress) - 1))) * Math.Exp(options.Noise * ProductNoise * productNoise[p].Next(rng.NextGaussian()));
                own *= season.Factor(d, p) * shocks.Factor(d, brandOf[p]);
                sum += products[p].Popularity * own;
                productCumulative[(d * products.Count) + p] = sum;
            }

            var shared = Seasonality(day) * (1 + (options.Trend * SharedGrowth * progress)) * Math.Exp(options.Noise * SharedNoise * sharedNoise.Next(rng.NextGaussian()));
            organicWeights[d] = shared * sum / popularity;
            for (var c = 0; c < campaigns.Count; c++)
            {
                if (!campaigns[c].CanSell)
                {
                    continue;
                }

                if (campaigns[c].IsActive(day))
                {
                    var intensity = campaigns[c].Intensity(day);
                    grossWeights[d] += intensity;
                    netWeights[d] += intensity * keepShares[c];
                }

                haloWeights[d] += campaigns[c].LiftWeight(day);
            }
        }

        // The attributed rows written come to about the gross target: the net ones plus the anyway ones.
        var gross = grossWeights.Sum();
        var attributedTotal = gross > 0 ? (long)Math.Min(Math.Round(options.TrackingRows * (1 - options.OrganicShare) * options.CampaignSize), options.TrackingRows) : 0;
        var netTotal = gross > 0 ? (long)Math.Round(attributedTotal * netWeights.Sum() / gross) : 0;
        var haloTotal = gross > 0 ? (long)Math.Round(attributedTotal * haloWeights.Sum() / gross) : 0;
        haloTotal = Math.Min(haloTotal, options.TrackingRows - netTotal);
        var baselineTotal = options.TrackingRows - netTotal - haloTotal;

        return new DailyRowPlan(
            options.FirstDay,
            Allocate(baselineTotal, organicWeights),
            Allocate(netTotal, netWeights),
            Allocate(haloTotal, haloWeights),
            productCumulative);
    }

    /// <summary>Picks a product (catalog index) in proportion to its organic demand on day <paramref name="d"/>.</summary>
    public int PickOrganicProduct(int d, SplitMix64 rng)
    {
        var count = ProductCatalog.All.Count;
        var offset = d * count;
        var point = rng.NextDouble() * productCumulative[offset + count - 1];
        var p = 0;
        while (p < count - 1 && productCumulative[offset + p] <= point)
        {
            p++;
        }

        return p;
    }

    /// <summary>
    /// The weekly and monthly shape of organic demand: weekend bump (people shop on Saturday and Sunday) and a
    /// payday lift in the first days of the month.
    /// </summary>
    private static double Seasonality(DateOnly day)
    {
        var weekday = day.DayOfWeek switch
        {
            DayOfWeek.Saturday => 1.25,
            DayOfWeek.Sunday => 1.3,
            DayOfWeek.Friday => 1.1,
            _ => 1.0,
        };
        var payday = day.Day <= 5 ? 1.1 : 1.0;
        return weekday * payday;
    }

    /// <summary>Splits <paramref name="total"/> over the days in proportion to the weights, exactly (cumulative rounding).</summary>
    private static long[] Allocate(long total, double[] weights)
    {
        var counts = new long[weights.Length];
        var sum = weights.Sum();
        if (total == 0 || sum <= 0)
        {
            return counts;
        }

        // The remainder of the floating-point rounding goes to the last day with weight, never to a day without
        // (a day with no campaign running must get no attributed or halo rows: there is no campaign to pick).
        var last = Array.FindLastIndex(weights, w => w > 0);
        var cumulative = 0.0;
        long assigned = 0;
        for (var d = 0; d <= last; d++)
        {
            cumulative += weights[d];
            var upTo = d == last ? total : (long)Math.Floor(total * Math.Min(1, cumulative / sum));
            counts[d] = Math.Max(0, upTo - assigned);
            assigned += counts[d];
        }

        return counts;
    }
}
