namespace RoiReportGen.Metrics;

/// <summary>Running sums of one brand's tracking rows while they are read.</summary>
internal sealed class BrandTotals
{
    public long Orders { get; set; }

    public decimal Revenue { get; set; }

    public decimal OrganicRevenue { get; set; }

    public decimal Payout { get; set; }

    public HashSet<string> Campaigns { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Influencers { get; } = new(StringComparer.Ordinal);
}
