namespace RoiReportGen.Simulation;

/// <summary>How many data rows (header excluded) <see cref="DataSetSimulator.Write"/> wrote to each file.</summary>
public sealed record SimulationResult(long Influencers, long Posts, long TrackingRows, long Payouts)
{
    public long Total => Influencers + Posts + TrackingRows + Payouts;
}
