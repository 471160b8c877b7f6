namespace RoiReportGen.Data;

/// <summary>What tracking rows are rolled up by (see <see cref="TrackingTotal"/>).</summary>
/// <remarks>
/// The hash is made where the key is made, from hashes its texts carry (<see cref="KeyText"/>, computed once per
/// distinct value): on the worker threads of a parallel read, so the one thread that sums rows only looks the key up
/// (hashing four strings a row was most of its work).
/// </remarks>
internal readonly struct TrackingKey : IEquatable<TrackingKey>, IComparable<TrackingKey>
{
    private readonly int hash;

    public TrackingKey(DateOnly date, bool isOrganic, KeyText campaign, KeyText influencerId, KeyText brand, KeyText product)
    {
        Date = date;
        IsOrganic = isOrganic;
        Campaign = campaign.Text;
        InfluencerId = influencerId.Text;
        Brand = brand.Text;
        Product = product.Text;
        hash = HashCode.Combine(date.DayNumber, isOrganic, campaign.Hash, influencerId.Hash, brand.Hash, product.Hash);
    }

    public TrackingKey(DateOnly date, bool isOrganic, string campaign, string influencerId, string brand, string product)
        : this(date, isOrganic, KeyText.Of(campaign), KeyText.Of(influencerId), KeyText.Of(brand), KeyText.Of(product))
    {
    }

    public DateOnly Date { get; }

    public bool IsOrganic { get; }

    public string Campaign { get; }

    public string InfluencerId { get; }

    public string Brand { get; }

    public string Product { get; }

    public bool Equals(TrackingKey other) =>
        hash == other.hash
        && Date == other.Date
        && IsOrganic == other.IsOrganic
        && string.Equals(Campaign, other.Campaign, StringComparison.Ordinal)
        && string.Equals(InfluencerId, other.InfluencerId, StringComparison.Ordinal)
        && string.Equals(Brand, other.Brand, StringComparison.Ordinal)
        && string.Equals(Product, other.Product, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is TrackingKey other && Equals(other);

    public override int GetHashCode() => hash;

    // Date, then organic first, then campaign, influencer, brand and product (ordinal).
    public int CompareTo(TrackingKey other)
    {
        var c = Date.CompareTo(other.Date);
        if (c == 0)
        {
            c = other.IsOrganic.CompareTo(IsOrganic);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(Campaign, other.Campaign);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(InfluencerId, other.InfluencerId);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(Brand, other.Brand);
        }

        return c != 0 ? c : string.CompareOrdinal(Product, other.Product);
    }
}
