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

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool IsActive(DateOnly day) => day >= Start && day <= End;

    /// <summary>Freezes the member list and makes the pickers and counters used while streaming.</summary>
    public void Seal()
    {
        Members.Sort((a, b) => a.Index.CompareTo(b.Index));
        Orders = new long[Members.Count];
        Revenue = new decimal[Members.Count];
        memberPicker = new WeightedIndex([.. Members.Select(m => m.SalesWeight)]);
        productPicker = new WeightedIndex([.. Products.Select((_, i) => i == 0 ? 2.0 : 1.0)]);
    }

    /// <summary>Whether any member can sell at all (all duds sell nothing).</summary>
    public bool CanSell => memberPicker is { Total: > 0 };

    public int PickMember(SplitMix64 rng) => memberPicker!.Pick(rng);

    public Product PickProduct(SplitMix64 rng) => Products[productPicker!.Pick(rng)];

    /// <summary>Relative sales on a day of the window: a launch burst that settles to a steady tail.</summary>
    public double Intensity(DateOnly day)
    {
        var t = day.DayNumber - Start.DayNumber;
        return Volume * Members.Count / Days * (0.7 + (1.5 * Math.Exp(-t / 6.0)));
    }
}
