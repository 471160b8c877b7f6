using RoiReportGen.Simulation;
using RoiReportGen.Tests.Support;
using RoiReportGen.Tests.Support.Scoring;

namespace RoiReportGen.Tests.Validation;

/// <summary>
/// The recommendations' confusion table against the simulator's truth (issue 15 item 5), on a hand-made site
/// download and truth file (tests/Fixtures/recommendations-confusion), worked out by hand.
/// </summary>
public sealed class RecommendationConfusionTests
{
    private const string Fixture = "recommendations-confusion";

    [Fact]
    public void TheFixtureCountsAsWorkedByHand()
    {
        using var temp = new TempFolder();
        var root = CopyFixture(temp);
        var calls = RecommendationCalls.Read(Path.Combine(root, "site"), Path.Combine(root, "data"));

        // 13 rows recommended (R14 is in the truth only, and not counted). RFC 4180 quoting and the BOM are read.
        Assert.Equal(13, calls.Count);
        Assert.Equal("R01", calls[0].InfluencerId);
        Assert.Equal("too early", calls.Single(c => c.InfluencerId == "R11").Action);

        var confusion = new RecommendationConfusion(calls, programmes: 1);
        // By hand, true iROAS < 1 loses money, ≥ 1 pays back, empty is unpaid:
        //   scale:       R01 2.5 pays, R02 1 pays (exactly 1 pays back), R03 0.8 loses          → 1 / 2 / 0
        //   keep:        R04 1.2 pays, R05 0.5 loses                                             → 1 / 1 / 0
        //   renegotiate: R06 0.9 loses                                                           → 1 / 0 / 0
        //   cut:         R07 0.3, R08 0.99999, R09 −0.2 lose; R10 1.4 pays; R13 unpaid            → 3 / 1 / 1
        //   too early:   R11 unpaid, R12 2 pays                                                  → 0 / 1 / 1
        Assert.Equal(
            [
                new ActionCounts("scale", 1, 2, 0),
                new ActionCounts("keep", 1, 1, 0),
                new ActionCounts("renegotiate", 1, 0, 0),
                new ActionCounts("cut", 3, 1, 1),
                new ActionCounts("too early", 0, 1, 1),
            ],
            confusion.Rows);
        // cut right 3 of 3 + 1 = 4 (the unpaid R13 has no truth, so it is left out); scale right 2 of 2 + 1 = 3;
        // agreement (3 + 2) of (4 + 3) = 5 of 7 = 71.4%, under 8 in 10.
        Assert.Equal((3, 4), confusion.CutRight);
        Assert.Equal((2, 3), confusion.ScaleRight);
        Assert.Equal((5, 7), confusion.Agreement);
        Assert.Equal(0.75, RecommendationConfusion.Share(confusion.CutRight));
        Assert.False(confusion.MeetsAgreement);

        var table = confusion.ToMarkdown();
        Assert.Contains("1 programmes, 13 influencers with a recommendation", table, StringComparison.Ordinal);
        Assert.Contains("| `cut` | 3 | 1 | 1 | 5 |", table, StringComparison.Ordinal);
        // All: loses 1 + 1 + 1 + 3 + 0 = 6, pays 2 + 1 + 0 + 1 + 1 = 5, unpaid 2, total 13.
        Assert.Contains("| **all** | 6 | 5 | 2 | 13 |", table, StringComparison.Ordinal);
        Assert.Contains("| `cut` calls that truly lose money | 3 of 4 (75.0%) |", table, StringComparison.Ordinal);
        // 2 / 3 = 66.67% → 66.7%; 5 / 7 = 71.43% → 71.4%.
        Assert.Contains("| `scale` calls that truly pay back | 2 of 3 (66.7%) |", table, StringComparison.Ordinal);
        Assert.Contains("| `cut` and `scale` calls that agree with truth | 5 of 7 (71.4%) |", table, StringComparison.Ordinal);
        Assert.Contains("| target (issue 15): at least 8 in 10 agree | **missed** |", table, StringComparison.Ordinal);
    }

    [Fact]
    public void EightInTenMeetsTheTargetAndSevenInTenDoesNot()
    {
        // cut: 4 lose + 1 pays; scale: 4 pay + 1 loses → (4 + 4) of (5 + 5) = 8 of 10: met, exactly at the line.
        var eight = Calls(("cut", 0.5m, 4), ("cut", 1.5m, 1), ("scale", 1.5m, 4), ("scale", 0.5m, 1));
        Assert.Equal((8, 10), new RecommendationConfusion(eight, 1).Agreement);
        Assert.True(new RecommendationConfusion(eight, 1).MeetsAgreement);
        // One more scale call that loses: 8 of 11 = 72.7%, missed.
        var under = Calls(("cut", 0.5m, 4), ("cut", 1.5m, 1), ("scale", 1.5m, 4), ("scale", 0.5m, 2));
        Assert.False(new RecommendationConfusion(under, 1).MeetsAgreement);
        // No cut or scale call with a truth: nothing to agree with, so no rate and the target is not met.
        var none = new RecommendationConfusion(Calls(("keep", 2m, 3)), 1);
        Assert.Equal((0, 0), none.Agreement);
        Assert.Null(RecommendationConfusion.Share(none.Agreement));
        Assert.False(none.MeetsAgreement);
        Assert.Contains("| `cut` and `scale` calls that agree with truth | 0 of 0 (n/a) |", none.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnActionOutsideTheFiveGetsItsOwnRowAfterThem()
    {
        var confusion = new RecommendationConfusion(Calls(("pause", 0.5m, 2), ("cut", 0.5m, 1)), 1);

        Assert.Equal(["scale", "keep", "renegotiate", "cut", "too early", "pause"], confusion.Rows.Select(r => r.Action));
        Assert.Equal(new ActionCounts("pause", 2, 0, 0), confusion.Rows[^1]);
    }

    [Fact]
    public void ASiteWithoutRecommendationsFailsWithAClearMessage()
    {
        using var temp = new TempFolder();
        var root = CopyFixture(temp);
        File.Delete(Path.Combine(root, "site", "downloads", "recommendations.csv"));

        var e = Assert.Throws<FileNotFoundException>(() => RecommendationCalls.Read(Path.Combine(root, "site"), Path.Combine(root, "data")));
        Assert.Equal(Path.Combine(root, "site", "downloads", "recommendations.csv") + " does not exist: this build writes no recommendations (issue 15), so there is nothing to score.", e.Message);
    }

    [Fact]
    public void AnInfluencerWithoutTruthOrListedTwiceIsRefused()
    {
        using var temp = new TempFolder();
        var root = CopyFixture(temp);
        var site = Path.Combine(root, "site");
        var data = Path.Combine(root, "data");
        var file = Path.Combine(site, "downloads", "recommendations.csv");
        var original = File.ReadAllText(file);

        File.WriteAllText(file, original + "R99,Nobody,Instagram,cut,incremental ROAS 0.1,0.5,0.1,0,0.2,100,50,\r\n");
        Assert.Contains("influencer 'R99' is not in", Assert.Throws<InvalidDataException>(() => RecommendationCalls.Read(site, data)).Message, StringComparison.Ordinal);

        File.WriteAllText(file, original + "R01,Asha Rao,Instagram,keep,again,1,1,1,1,1,1,\r\n");
        Assert.Contains("influencer 'R01' is listed twice", Assert.Throws<InvalidDataException>(() => RecommendationCalls.Read(site, data)).Message, StringComparison.Ordinal);

        File.WriteAllText(file, "influencer_id,verdict\r\nR01,cut\r\n");
        Assert.Contains("no column 'action'", Assert.Throws<InvalidDataException>(() => RecommendationCalls.Read(site, data)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheScorerReadsTheTruthFileTheSimulatorWrites()
    {
        // The truth side of a real programme: every influencer the simulator wrote is found, and its true iROAS read.
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        var truth = DataSetSimulator.Write(data, new SimulationOptions(Influencers: 12, TrackingRows: 3000, Seed: 3)).Truth!;
        var site = temp.Combine("site");
        Directory.CreateDirectory(Path.Combine(site, "downloads"));
        File.WriteAllText(
            Path.Combine(site, "downloads", "recommendations.csv"),
            "\ufeffinfluencer_id,action\r\n" + string.Concat(truth.Influencers.Select(i => $"{i.InfluencerId},keep\r\n")));

        var calls = RecommendationCalls.Read(site, data);

        Assert.Equal(truth.Influencers.Select(i => (i.InfluencerId, i.TrueIroas)), calls.Select(c => (c.InfluencerId, c.TrueIroas)));
    }

    /// <summary>The fixture with its site/downloads and data sub-folders (TempFolder.CopyFixture copies one level).</summary>
    private static string CopyFixture(TempFolder temp)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", Fixture);
        foreach (var file in Directory.GetFiles(source, "*.csv", SearchOption.AllDirectories))
        {
            var target = temp.Combine(Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return temp.Path;
    }

    private static List<RecommendationCall> Calls(params (string Action, decimal TrueIroas, int Count)[] groups) =>
        [.. groups.SelectMany((g, n) => Enumerable.Range(0, g.Count).Select(i => new RecommendationCall($"I{n}-{i}", g.Action, g.TrueIroas)))];
}
