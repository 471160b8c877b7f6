namespace RoiReportGen.Data;

/// <summary>The running sums of one <see cref="TrackingKey"/>; a struct so adding a row allocates nothing.</summary>
internal struct TrackingSums
{
    public long Orders;
    public decimal Revenue;
    public long Rows;
}
