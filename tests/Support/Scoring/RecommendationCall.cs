using System.Globalization;
using CsvHelper;
using RoiReportGen.Simulation;

namespace RoiReportGen.Tests.Support.Scoring;

/// <summary>One influencer's recommended action beside its true iROAS (null: unpaid, so no true iROAS).</summary>
public sealed record RecommendationCall(string InfluencerId, string Action, decimal? TrueIroas)
{
    /// <summary>True iROAS below 1: it truly brought in less than it was paid; null without a true iROAS.</summary>
    public bool? LosesMoney => TrueIroas is { } t ? t < 1m : null;
}

/// <summary>
/// Reads a built site's downloads/recommendations.csv (All platforms × All time) and the simulator's
/// simulation_truth_influencers.csv, and sets each recommended influencer's action beside its truth.
/// </summary>
public static class RecommendationCalls
{
    /// <summary>Where `build` writes the All-view recommendations, relative to the site folder.</summary>
    public static readonly string RecommendationsPath = Path.Combine("downloads", "recommendations.csv");

    /// <summary>The calls of the site in <paramref name="siteFolder"/> against the truth in <paramref name="dataFolder"/>.</summary>
    /// <exception cref="FileNotFoundException">The site has no recommendations.csv, or the data no influencer truth.</exception>
    /// <exception cref="InvalidDataException">A column is missing, an influencer is listed twice or has no truth.</exception>
    public static IReadOnlyList<RecommendationCall> Read(string siteFolder, string dataFolder)
    {
        var recommendationsFile = Path.Combine(siteFolder, RecommendationsPath);
        if (!File.Exists(recommendationsFile))
        {
            throw new FileNotFoundException(
                $"{recommendationsFile} does not exist: this build writes no recommendations (issue 15), so there is nothing to score.",
                recommendationsFile);
        }

        var truthFile = Path.Combine(dataFolder, DataSetSimulator.InfluencerTruthFile);
        if (!File.Exists(truthFile))
        {
            throw new FileNotFoundException($"{truthFile} does not exist: the data was not written by this simulator.", truthFile);
        }

        var truth = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var row in Rows(truthFile, "influencer_id", "true_iroas"))
        {
            truth[row[0]] = row[1].Length == 0
                ? null
                : decimal.Parse(row[1], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        var calls = new List<RecommendationCall>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows(recommendationsFile, "influencer_id", "action"))
        {
            var id = row[0];
            if (!seen.Add(id))
            {
                throw new InvalidDataException($"{recommendationsFile}: influencer '{id}' is listed twice.");
            }

            if (!truth.TryGetValue(id, out var trueIroas))
            {
                throw new InvalidDataException($"{recommendationsFile}: influencer '{id}' is not in {truthFile}.");
            }

            calls.Add(new RecommendationCall(id, row[1], trueIroas));
        }

        return calls;
    }

    /// <summary>The named columns of every row (the downloads carry a BOM; header names are matched exactly).</summary>
    private static IEnumerable<string[]> Rows(string path, params string[] columns)
    {
        using var reader = CsvReader.Create(File.ReadAllBytes(path), new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture });
        int[]? index = null;
        while (reader.Read())
        {
            index ??= Columns(path, [.. reader.Headers], columns);
            yield return [.. index.Select(reader.GetString)];
        }
    }

    private static int[] Columns(string path, string[] header, string[] columns) =>
        [.. columns.Select(name => Array.IndexOf([.. header.Select(h => h.TrimStart('\uFEFF'))], name) is var i and >= 0
            ? i
            : throw new InvalidDataException($"{path}: no column '{name}' (header: {string.Join(",", header)})."))];
}
