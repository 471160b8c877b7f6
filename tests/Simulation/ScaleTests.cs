using RoiReportGen.Simulation;
using static RoiReportGen.Tests.Simulation.SimulatedFiles;

namespace RoiReportGen.Tests.Simulation;

/// <summary>A 2,000-influencer roster: tiers and engagement behave like real follower data.</summary>
public sealed class ScaleTests
{
    private static readonly string[] Tiers = ["nano", "micro", "macro", "mega"];

    [Fact]
    public void LargeRosterHasEveryTierAndEngagementFallsWithTier()
    {
        using var files = new SimulatedFiles(new SimulationOptions(Influencers: 2000, TrackingRows: 50_000));
        var i = files.Influencers;
        var tierOf = i.Rows.ToDictionary(r => r[i.Column("influencer_id")], r => Tier(Count(r[i.Column("follower_count")])));
        var p = files.Posts;
        var rates = p.Rows
            .Where(r => Count(r[p.Column("reach")]) > 0)
            .GroupBy(r => tierOf[r[p.Column("influencer_id")]])
            .ToDictionary(
                g => g.Key,
                g => g.Average(r => (Count(r[p.Column("likes")]) + Count(r[p.Column("comments")])) / (double)Count(r[p.Column("reach")])));

        Assert.Equal(Tiers, tierOf.Values.Distinct().OrderBy(t => Array.IndexOf(Tiers, t)));
        Assert.Equal("micro", tierOf.Values.CountBy(t => t).MaxBy(kv => kv.Value).Key);
        Assert.True(rates["nano"] > rates["micro"] && rates["micro"] > rates["macro"] && rates["macro"] > rates["mega"],
            string.Join(", ", rates.Select(kv => $"{kv.Key} {kv.Value:P2}")));
        Assert.Equal(50_000, files.Tracking.Rows.Count);
    }

    private static string Tier(long followers) => followers switch
    {
        < 10_000 => "nano",
        < 100_000 => "micro",
        < 1_000_000 => "macro",
        _ => "mega",
    };
}
