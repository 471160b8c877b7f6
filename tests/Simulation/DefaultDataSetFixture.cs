using RoiReportGen.Simulation;

namespace RoiReportGen.Tests.Simulation;

/// <summary>The default data set (the shipped <c>data/</c>), simulated once for the tests that read it.</summary>
public sealed class DefaultDataSetFixture : IDisposable
{
    public SimulatedFiles Files { get; } = new(SimulationOptions.Default);

    public void Dispose() => Files.Dispose();
}
