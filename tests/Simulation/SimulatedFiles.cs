using System.Globalization;
using RoiReportGen.Simulation;

namespace RoiReportGen.Tests.Simulation;

/// <summary>One simulated data set written to a temporary folder and parsed back.</summary>
public sealed class SimulatedFiles : IDisposable
{
    public SimulatedFiles(SimulationOptions options)
    {
        Directory = Path.Combine(Path.GetTempPath(), "roi-sim-" + Guid.NewGuid().ToString("N"));
        try
        {
            Result = DataSetSimulator.Write(Directory, options);
            Influencers = CsvTestReader.Read(Path.Combine(Directory, DataSetSimulator.InfluencersFile));
            Posts = CsvTestReader.Read(Path.Combine(Directory, DataSetSimulator.PostsFile));
            Tracking = CsvTestReader.Read(Path.Combine(Directory, DataSetSimulator.TrackingFile));
            Payouts = CsvTestReader.Read(Path.Combine(Directory, DataSetSimulator.PayoutsFile));
            Truth = CsvTestReader.Read(Path.Combine(Directory, DataSetSimulator.TruthFile));
            InfluencerTruth = CsvTestReader.Read(Path.Combine(Directory, DataSetSimulator.InfluencerTruthFile));
        }
        catch
        {
            // A constructor that throws is never disposed: remove what was written here.
            Dispose();
            throw;
        }
    }

    public string Directory { get; }

    public SimulationResult Result { get; }

    internal CsvTable Influencers { get; }

    internal CsvTable Posts { get; }

    internal CsvTable Tracking { get; }

    internal CsvTable Payouts { get; }

    internal CsvTable Truth { get; }

    internal CsvTable InfluencerTruth { get; }

    /// <summary>The truth as the simulator counted it (the same numbers as <see cref="Truth"/>, unrounded).</summary>
    public SimulationTruth Known => Result.Truth!;

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal Money(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public static long Count(string text) => long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
