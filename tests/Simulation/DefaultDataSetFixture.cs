using RoiReportGen.Simulation;

namespace RoiReportGen.Tests.Simulation;

/// <summary>The default data set (the shipped <c>data/</c>), simulated once per test run for the tests that read it.</summary>
public sealed class DefaultDataSetFixture : IDisposable
{
    public SimulatedFiles Files { get; } = new(SimulationOptions.Default);

    public void Dispose() => Files.Dispose();
}

/// <summary>The classes that read the default data set share one simulation of it (it was simulated three times).</summary>
[CollectionDefinition(Name)]
public sealed class DefaultDataSetGroup : ICollectionFixture<DefaultDataSetFixture>
{
    public const string Name = "default simulated data set";
}
