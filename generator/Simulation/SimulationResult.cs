namespace RoiReportGen.Simulation;

/// <summary>How many data rows (header excluded) <see cref="DataSetSimulator.Write"/> wrote to each file.</summary>
public sealed record SimulationResult(long Influencers, long Posts, long TrackingRows, long Payouts)
{
    /// <summary>Each campaign's true effect, as written to simulation_truth.csv.</summary>
    public SimulationTruth? Truth { get; init; }

    public long Total => Influencers + Posts + TrackingRows + Payouts;
}
