namespace RoiReportGen.Simulation;

/// <summary>A planned campaign with its members, and the attributed sales counted while tracking rows stream out.</summary>
internal sealed class SimulatedCampaign(
    string name, string brand, IReadOnlyList<Product> products, DateOnly start, DateOnly end, double volume, double roasFactor)
{
    private WeightedIndex? memberPicker;
    private WeightedIndex? productPicker;

    public string Name { get; } = name;

    public string Brand { get; } = brand;

    /// <summary>The first product is the hero and sells most.</summary>
    public IReadOnlyList<Product> Products { get; } = products;

    public DateOnly Start { get; } = start;

    public DateOnly End { get; } = end;

    public double Volume { get; } = volume;

    public double RoasFactor { get; } = roasFactor;

    /// <summary>Members sorted by influencer index once planning is done.</summary>
    public List<SimulatedInfluencer> Members { get; } = [];

    /// <summary>Attributed orders per member slot (same order as <see cref="Members"/>).</summary>
    public long[] Orders { get; private set; } = [];

    /// <summary>Attributed revenue per member slot.</summary>
    public decimal[] Revenue { get; private set; } = [];

    /// <summary>Per member slot: attributed sales (rows) that were new, not taken over from an organic sale; the halo is drawn per such sale.</summary>
    public long[] NewSales { get; private set; } = [];

    /// <summary>Per member slot: the organic revenue its anyway orders took over (they add up to <see cref="CannibalisedRevenue"/>).</summary>
    public decimal[] Cannibalised { get; private set; } = [];

    /// <summary>
    /// Per member slot: the probability that one of its attributed orders would have happened anyway (the buyer
    /// would have bought the product that day without the code). Set by <see cref="CampaignEffects"/>.
    /// </summary>
    public double[] AnywayShares { get; private set; } = [];

    /// <summary>The sales-weighted mean anyway share of the members: the expected share of attributed orders that only replace organic ones.</summary>
    public double MeanAnywayShare { get; private set; }

    /// <summary>Unattributed extra sales of the campaign's products during its window, per new (not anyway) attributed sale.</summary>
    public double HaloRate { get; private set; }

    /// <summary>
    /// Unattributed extra sales after the window on its first day, per steady day's new attributed sales (the
    /// carry-over knob); they decay by e every <see cref="CarryDecayDays"/> days.
    /// </summary>
    public double CarryRate { get; private set; }

    /// <summary>The carry-over's decay time in days (two to four weeks until it fades).</summary>
    public double CarryDecayDays { get; private set; } = 1;

    /// <summary>A campaign that brings no new buyers: every code user would have bought anyway, no halo, no carry-over.</summary>
    public bool ZeroEffect { get; private set; }

    /// <summary>Days after the window with carry-over: four decay times, after which less than 2% of its first day's is left.</summary>
    public int CarryDays => CarryRate > 0 ? (int)Math.Ceiling(4 * CarryDecayDays) : 0;

    /// <summary>Organic revenue taken out of the world without campaigns by this campaign's anyway orders (exact).</summary>
    public decimal CannibalisedRevenue { get; set; }

    /// <summary>Revenue of the halo rows written for this campaign (exact), in the window or after it, on its products or the brand's others.</summary>
    public decimal HaloRevenue { get; set; }

    /// <summary>The part of <see cref="HaloRevenue"/> written after the window (the carry-over).</summary>
    public decimal CarryoverRevenue { get; set; }

    /// <summary>The part of <see cref="HaloRevenue"/> on the brand's products the campaign does not promote (the spill).</summary>
    public decimal SpillRevenue { get; set; }

    /// <summary>The campaign's true incremental revenue: attributed − cannibalised + halo, exact to the paisa.</summary>
    public decimal TrueIncrementalRevenue => Revenue.Sum() - CannibalisedRevenue + HaloRevenue;


    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool IsActive(DateOnly day) => day >= Start && day <= End;

    /// <summary>The same campaign, not yet staffed, run from <paramref name="start"/> for as many days.</summary>
    public SimulatedCampaign MovedTo(DateOnly start) =>
        new(Name, Brand, Products, start, start.AddDays(Days - 1), Volume, RoasFactor);

    /// <summary>Freezes the member list and makes the pickers and counters used while streaming.</summary>
    public void Seal()
    {
        Members.Sort((a, b) => a.Index.CompareTo(b.Index));
        Orders = new long[Members.Count];
        Revenue = new decimal[Members.Count];
        NewSales = new long[Members.Count];
        Cannibalised = new decimal[Members.Count];
        memberPicker = new WeightedIndex([.. Members.Select(m => m.SalesWeight)]);
        productPicker = new WeightedIndex([.. Products.Select((_, i) => i == 0 ? 2.0 : 1.0)]);
    }

    /// <summary>Sets the drawn true effect (members must be sealed).</summary>
    public void SetEffects(double[] anywayShares, double haloRate, double carryRate = 0, double carryDecayDays = 1, bool zeroEffect = false)
    {
        AnywayShares = anywayShares;
        HaloRate = haloRate;
        CarryRate = carryRate;
        CarryDecayDays = carryDecayDays;
        ZeroEffect = zeroEffect;
        var total = Members.Sum(m => m.SalesWeight);
        MeanAnywayShare = total > 0 ? Members.Select((m, i) => m.SalesWeight * anywayShares[i]).Sum() / total : 0;
    }

    /// <summary>Whether any member can sell at all (all duds sell nothing).</summary>
    public bool CanSell => memberPicker is { Total: > 0 };

    public int PickMember(SplitMix64 rng) => memberPicker!.Pick(rng);

    public Product PickProduct(SplitMix64 rng) => Products[PickProductSlot(rng)];

    /// <summary>Index into <see cref="Products"/>: the hero twice as often as each other product.</summary>
    public int PickProductSlot(SplitMix64 rng) => productPicker!.Pick(rng);

    /// <summary>Whether the campaign sells <paramref name="product"/> (halo rows and overlap checks).</summary>
    public bool Sells(Product product) => Products.Contains(product);

    /// <summary>Relative sales on a day of the window: a launch burst that settles to a steady tail.</summary>
    public double Intensity(DateOnly day)
    {
        var t = day.DayNumber - Start.DayNumber;
        return PerDay * (SteadyLevel + (1.5 * Math.Exp(-t / 6.0)));
    }

    /// <summary>
    /// The weight of the campaign's unattributed extra sales on a day: in the window its halo rate times its new
    /// attributed sales; after it the carry-over, starting at <see cref="CarryRate"/> times a steady day's new
    /// sales and decaying; 0 otherwise.
    /// </summary>
    public double LiftWeight(DateOnly day)
    {
        if (IsActive(day))
        {
            return Intensity(day) * (1 - MeanAnywayShare) * HaloRate;
        }

        var after = day.DayNumber - End.DayNumber;
        return after > 0 && after <= CarryDays
            ? PerDay * SteadyLevel * (1 - MeanAnywayShare) * CarryRate * Math.Exp(-(after - 1) / CarryDecayDays)
            : 0;
    }

    /// <summary>Whether <paramref name="day"/> is in the window or its carry-over.</summary>
    public bool Lifts(DateOnly day) => day >= Start && day.DayNumber <= End.DayNumber + CarryDays;

    private const double SteadyLevel = 0.7;

    // The campaign's sales scale per day of its window: its volume times its members over its days.
    private double PerDay => Volume * Members.Count / Days;
}
