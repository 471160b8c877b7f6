using System.Runtime.CompilerServices;

namespace RoiReportGen.Data;

/// <summary>What tracking rows are rolled up by (see <see cref="TrackingTotal"/>).</summary>
/// <remarks>
/// The hash is computed once, where the key is made: on the worker threads of a parallel read, so the one thread
/// that sums rows only looks the key up (hashing four strings a row was most of its work).
/// </remarks>
internal readonly record struct TrackingKey(
    DateOnly Date, bool IsOrganic, string Campaign, string InfluencerId, string Brand, string Product)
    : IComparable<TrackingKey>
{
    private readonly int hash = Hash(Date, IsOrganic, Campaign, InfluencerId, Brand, Product);

    public bool Equals(TrackingKey other) =>
        hash == other.hash
        && Date == other.Date
        && IsOrganic == other.IsOrganic
        && string.Equals(Campaign, other.Campaign, StringComparison.Ordinal)
        && string.Equals(InfluencerId, other.InfluencerId, StringComparison.Ordinal)
        && string.Equals(Brand, other.Brand, StringComparison.Ordinal)
        && string.Equals(Product, other.Product, StringComparison.Ordinal);

    public override int GetHashCode() => hash;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Hash(DateOnly date, bool isOrganic, string? campaign, string? influencerId, string? brand, string? product) =>
        HashCode.Combine(
            date.DayNumber,
            isOrganic,
            StringComparer.Ordinal.GetHashCode(campaign ?? ""),
            StringComparer.Ordinal.GetHashCode(influencerId ?? ""),
            StringComparer.Ordinal.GetHashCode(brand ?? ""),
            StringComparer.Ordinal.GetHashCode(product ?? ""));

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
