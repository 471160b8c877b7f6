namespace RoiReportGen.Data;

/// <summary>What tracking rows are rolled up by (see <see cref="TrackingTotal"/>).</summary>
internal readonly record struct TrackingKey(
    DateOnly Date, bool IsOrganic, string Campaign, string InfluencerId, string Brand, string Product)
    : IComparable<TrackingKey>
{
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
