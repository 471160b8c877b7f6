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

    /// <summary>The totals of every campaign named by an attributed row, by campaign name (ordinal).</summary>
    public static Dictionary<string, CampaignTotals> ByCampaign(IEnumerable<Data.TrackingTotal> tracking)
    {
        var totals = new Dictionary<string, CampaignTotals>(StringComparer.Ordinal);
        foreach (var t in tracking)
        {
            // Attributed rows without a campaign count for their influencer and brand, not for a campaign.
            if (t.IsOrganic || t.Campaign.Length == 0)
            {
                continue;
            }

            if (!totals.TryGetValue(t.Campaign, out var c))
            {
                c = new CampaignTotals();
                totals[t.Campaign] = c;
            }

            c.Add(t);
        }

        return totals;
    }

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
