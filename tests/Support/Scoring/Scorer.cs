using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Simulation;

namespace RoiReportGen.Tests.Support.Scoring;

/// <summary>
/// Scores the report's incrementality against the simulator's known truth (SPEC 5): simulates a programme into a
/// folder, loads it as `build` does and computes the report model in process (no site is rendered), then sets
/// every campaign's estimates beside its true iROAS.
/// </summary>
public static class Scorer
{
    /// <summary>Simulates, loads and scores one programme; the files are written to (and left in) <paramref name="folder"/>.</summary>
    public static ProgrammeScore Score(SimulationOptions options, string folder, MetricsOptions? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var truth = DataSetSimulator.Write(folder, options).Truth
            ?? throw new InvalidOperationException("the simulator returned no truth");
        var report = ReportCalculator.Compute(DataSetLoader.Load(folder), metrics ?? MetricsOptions.Default).All;
        var known = truth.Campaigns.ToDictionary(c => c.Campaign, StringComparer.Ordinal);

        var campaigns = report.Campaigns
            .Where(c => known.ContainsKey(c.Campaign))
            .Select(c => new CampaignScore(
                c.Campaign,
                known[c.Campaign].TrueIroas,
                c.Incremental.Iroas,
                c.Incremental.IroasLow,
                c.Incremental.IroasHigh,
                c.Incremental.Lift == RoiReportGen.Metrics.Incrementality.LiftWords.NoBaselineData,
                c.Naive.Iroas,
                c.Naive.Note == NaiveIncrementality.NoBaselineData,
                c.Incremental.OverlapGroup.Count > 0))
            .ToList();

        // The naive headline pools like the new one: Σ incremental / Σ payout over the campaigns it has an iROAS for.
        var naive = report.Campaigns.Where(c => c.Naive.Iroas is not null && c.Payout > 0m).ToList();
        var naivePayout = naive.Sum(c => c.Payout);
        decimal? naiveHeadline = naivePayout == 0m ? null : naive.Sum(c => c.Naive.IncrementalRevenue!.Value) / naivePayout;

        var pooled = report.Campaigns.Where(c => c.Incremental.Iroas is not null).Select(c => known[c.Campaign]).ToList();
        var pooledPayout = pooled.Sum(c => c.Payout);
        decimal? truthMeasured = pooledPayout == 0m ? null : pooled.Sum(c => c.TrueIncrementalRevenue) / pooledPayout;

        var headline = report.Kpis.Iroas;
        return new ProgrammeScore(options, truth.HeadlineIroas, truthMeasured, headline.Iroas, headline.Low, headline.High, naiveHeadline, campaigns);
    }

    /// <summary>Scores every programme, each in its own sub-folder of <paramref name="workFolder"/> (deleted after).</summary>
    /// <param name="parallel">How many programmes to score at once (the scores come back in list order either way).</param>
    public static Scorecard ScoreAll(
        IReadOnlyList<SimulationOptions> programmes, string workFolder, Action<int, ProgrammeScore>? scored = null, int parallel = 1)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        var scores = new ProgrammeScore[programmes.Count];
        var lockReport = new object();
        Parallel.For(0, programmes.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel) }, i =>
        {
            var folder = Path.Combine(workFolder, $"programme-{i + 1:D3}");
            try
            {
                scores[i] = Score(programmes[i], folder);
                lock (lockReport)
                {
                    scored?.Invoke(i, scores[i]);
                }
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        });

        return new Scorecard(scores);
    }
}
