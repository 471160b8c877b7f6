using RoiReportGen.Simulation;

namespace RoiReportGen.Tests.Simulation;

/// <summary>The committed data/ folder is exactly what the default options simulate, so anyone can regenerate it.</summary>
[Collection(DefaultDataSetGroup.Name)]
public sealed class ShippedDataTests(DefaultDataSetFixture fixture)
{
    [Theory]
    [InlineData(DataSetSimulator.InfluencersFile)]
    [InlineData(DataSetSimulator.PostsFile)]
    [InlineData(DataSetSimulator.TrackingFile)]
    [InlineData(DataSetSimulator.PayoutsFile)]
    [InlineData(DataSetSimulator.TruthFile)]
    [InlineData(DataSetSimulator.InfluencerTruthFile)]
    public void ShippedFileIsTheDefaultSimulation(string file)
    {
        var shipped = Path.Combine(RepositoryRoot(), "data", file);

        Assert.Equal(File.ReadAllBytes(shipped), File.ReadAllBytes(Path.Combine(fixture.Files.Directory, file)));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoiReportGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RoiReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
