using RoiReportGen.Cli;
using RoiReportGen.Simulation;

namespace RoiReportGen.Tests.Support.Scoring;

/// <summary>
/// Scores the report's recommendations against the simulator's known truth: simulates a programme, builds its site
/// with the real `build` command (in process; the recommendations are a download of the built site), and sets every
/// recommended influencer's action beside its true iROAS.
/// </summary>
public static class RecommendationScorer
{
    /// <summary>Simulates into <paramref name="folder"/>/data, builds into <paramref name="folder"/>/site and reads the calls.</summary>
    public static IReadOnlyList<RecommendationCall> Score(SimulationOptions options, string folder)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = Path.Combine(folder, "data");
        var site = Path.Combine(folder, "site");
        DataSetSimulator.Write(data, options);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLineApp.Run(["build", "--data", data, "--out", site], output, error);
        if (code != 0)
        {
            throw new InvalidOperationException($"build of {data} failed with exit code {code}: {error.ToString().Trim()}");
        }

        return RecommendationCalls.Read(site, data);
    }

    /// <summary>Scores every programme, each in its own sub-folder of <paramref name="workFolder"/> (deleted after).</summary>
    public static RecommendationConfusion ScoreAll(
        IReadOnlyList<SimulationOptions> programmes, string workFolder, Action<int, RecommendationConfusion>? scored = null)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        var calls = new List<RecommendationCall>();
        for (var i = 0; i < programmes.Count; i++)
        {
            var folder = Path.Combine(workFolder, $"programme-{i + 1:D3}");
            try
            {
                var programme = Score(programmes[i], folder);
                calls.AddRange(programme);
                scored?.Invoke(i, new RecommendationConfusion(programme, 1));
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        return new RecommendationConfusion(calls, programmes.Count);
    }
}
