namespace RoiReportGen.Metrics;

/// <summary>Running sums of one campaign's attributed tracking rows while they are read.</summary>
internal sealed class CampaignTotals
{
    public DateOnly Start { get; private set; } = DateOnly.MaxValue;

    public DateOnly End { get; private set; } = DateOnly.MinValue;

    public HashSet<string> Products { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Brands { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Influencers { get; } = new(StringComparer.Ordinal);

    public long Orders { get; private set; }

    public decimal Revenue { get; private set; }

    public void Add(Data.TrackingTotal t)
    {
        Start = t.Date < Start ? t.Date : Start;
        End = t.Date > End ? t.Date : End;
        Products.Add(t.Product);
        Brands.Add(t.Brand);
        Influencers.Add(t.InfluencerId);
        Orders += t.Orders;
        Revenue += t.Revenue;
    }
}
