using System.Globalization;
using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Simulation;
using RoiReportGen.Tests.Support;
using static RoiReportGen.Tests.Simulation.SimulatedFiles;

namespace RoiReportGen.Tests.Simulation;

/// <summary>The simulator's known truth (simulation_truth.csv): exact, consistent with the files, and moved by the knobs.</summary>
[Collection(DefaultDataSetGroup.Name)]
public sealed class SimulationTruthTests(DefaultDataSetFixture defaultDataSet)
{
    private static readonly SimulationOptions Tiny = new(Influencers: 12, TrackingRows: 4000, Seed: 3);

    [Fact]
    public void TruthIsTheWorldWithTheCampaignsMinusTheWorldWithout()
    {
        using var files = new SimulatedFiles(Tiny);
        AssertExact(files);
    }

    /// <summary>The file read back by an independent reader is the world with the campaigns; every rupee of difference belongs to one campaign.</summary>
    internal static void AssertExact(SimulatedFiles files)
    {
        var truth = files.Known;
        var t = files.Tracking;
        var revenue = t.Rows.Select(r => Money(r[t.Column("revenue")])).ToList();
        var campaignOf = t.Values("campaign").ToList();

        // The world with the campaigns is the file, read back by an independent reader.
        Assert.Equal(revenue.Sum(), truth.RevenueWithCampaigns);
        // Every rupee of difference between the two worlds belongs to exactly one campaign.
        Assert.Equal(truth.RevenueWithCampaigns - truth.RevenueWithoutCampaigns, truth.Campaigns.Sum(c => c.TrueIncrementalRevenue));
        // Organic rows written = baseline − what anyway orders took over + halo: organic dips by exactly the cannibalised revenue.
        var organic = revenue.Where((_, i) => campaignOf[i].Length == 0).Sum();
        Assert.Equal(truth.RevenueWithoutCampaigns - truth.Campaigns.Sum(c => c.CannibalisedRevenue) + truth.Campaigns.Sum(c => c.HaloRevenue), organic);
        foreach (var c in truth.Campaigns)
        {
            Assert.Equal(revenue.Where((_, i) => campaignOf[i] == c.Campaign).Sum(), c.AttributedRevenue);
            Assert.Equal(c.AttributedRevenue - c.CannibalisedRevenue + c.HaloRevenue, c.TrueIncrementalRevenue);
        }

        Assert.Contains(truth.Campaigns, c => c.CannibalisedRevenue > 0);
        Assert.Contains(truth.Campaigns, c => c.HaloRevenue > 0);
    }

    [Fact]
    public void TruthFileCarriesTheCountedTruthAndTheReportsPayout()
    {
        using var files = new SimulatedFiles(Tiny);
        var truth = files.Known;
        var f = files.Truth;
        Assert.Equal(truth.Campaigns.Select(c => c.Campaign), f.Values("campaign"));
        Assert.Equal(f.Values("campaign").Order(StringComparer.Ordinal), f.Values("campaign"));

        // The report's own payout per campaign (direct rows plus allocated campaign-less rows) on the written files.
        var data = DataSetLoader.Load(files.Directory);
        var report = ReportCalculator.Compute(data, MetricsOptions.Default).All.Campaigns.ToDictionary(c => c.Campaign, c => c.Payout);
        foreach (var (row, known) in f.Rows.Zip(truth.Campaigns))
        {
            var incremental = Money(row[f.Column("true_incremental_revenue")]);
            var payout = Money(row[f.Column("payout")]);
            Assert.Equal(known.TrueIncrementalRevenue, incremental);
            Assert.Equal(known.Payout, payout);
            Assert.Equal(report[known.Campaign], payout);
            var iroas = row[f.Column("true_iroas")];
            if (payout == 0)
            {
                Assert.Equal("", iroas);
            }
            else
            {
                Assert.Equal(incremental / payout, decimal.Parse(iroas, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), 20);
            }
        }
    }

    [Fact]
    public void BuildAndValidateIgnoreTheTruthFileBesideTheData()
    {
        using var files = new SimulatedFiles(Tiny);
        using var temp = new TempFolder();
        Assert.True(File.Exists(Path.Combine(files.Directory, DataSetSimulator.TruthFile)));
        Assert.True(File.Exists(Path.Combine(files.Directory, DataSetSimulator.InfluencerTruthFile)));

        var validate = CliRun.Of("validate", "--data", files.Directory);
        var build = CliRun.Of("build", "--data", files.Directory, "--out", temp.Combine("site"));

        Assert.Equal((0, 0), (validate.ExitCode, build.ExitCode));
        Assert.DoesNotContain(DataSetSimulator.TruthFile, validate.Output + validate.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(DataSetSimulator.TruthFile, File.ReadAllText(temp.Combine("site", "downloads", "data_issues.csv")), StringComparison.Ordinal);
        // simulation_truth_influencers.csv starts with the same name, so the line above covers it; named here as well.
        Assert.DoesNotContain(DataSetSimulator.InfluencerTruthFile, validate.Output + validate.Error + build.Output + build.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SimulateKnobsReachTheSimulator()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("simulate", "--out", temp.Path, "--influencers", "12", "--tracking-rows", "4000", "--seed", "3",
            "--cannibalisation", "0", "--halo", "0");
        var truth = CsvTestReader.Read(Path.Combine(temp.Path, DataSetSimulator.TruthFile));
        var t = CsvTestReader.Read(Path.Combine(temp.Path, DataSetSimulator.TrackingFile));
        var attributed = t.Rows.Where(r => r[t.Column("campaign")].Length > 0)
            .GroupBy(r => r[t.Column("campaign")])
            .ToDictionary(g => g.Key, g => g.Sum(r => Money(r[t.Column("revenue")])));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 of 0 anyway orders", run.Output, StringComparison.Ordinal);
        // No anyway orders and no halo: every campaign's truth is its attributed revenue.
        Assert.All(truth.Rows, r => Assert.Equal(attributed.GetValueOrDefault(r[0]), Money(r[1])));
    }

    [Fact]
    public void CampaignLessBonusRowsAreAllocatedInTheTruthAsInTheReport()
    {
        // A larger roster has campaign-less bonus rows for influencers in two or three campaigns.
        using var files = new SimulatedFiles(new SimulationOptions(Influencers: 150, TrackingRows: 6000, Seed: 11));
        var p = files.Payouts;
        Assert.Contains(p.Rows, r => r[p.Column("campaign")].Length == 0);
        var data = DataSetLoader.Load(files.Directory);
        var allocation = PayoutAllocator.Allocate(data, AllocationPrecision.Decimals(data));
        Assert.NotEmpty(allocation.ByCampaign);
        var report = ReportCalculator.Compute(data, MetricsOptions.Default).All.Campaigns.ToDictionary(c => c.Campaign, c => c.Payout);

        Assert.All(files.Known.Campaigns, c => Assert.Equal(report[c.Campaign], c.Payout));
        Assert.Equal(p.Values("total_payout").Sum(Money), files.Known.Campaigns.Sum(c => c.Payout) + allocation.Unallocated);
    }

    [Fact]
    public void AnywayOrdersThatFindNoOrganicSaleCountAsNewAndTheTruthStaysExact()
    {
        // Almost no organic sales and every deal a heavy leaker: most anyway orders find nothing to take over.
        using var files = new SimulatedFiles(Tiny with { OrganicShare = 0.05, Cannibalisation = SimulationOptions.MaxLevel });
        var truth = files.Known;

        Assert.True(truth.AnywayOrdersUnmatched > truth.AnywayOrdersMatched, $"{truth.AnywayOrdersUnmatched} unmatched, {truth.AnywayOrdersMatched} matched");
        Assert.Equal(truth.RevenueWithCampaigns - truth.RevenueWithoutCampaigns, truth.Campaigns.Sum(c => c.TrueIncrementalRevenue));
        // What was taken never exceeds what the organic world had.
        Assert.True(truth.Campaigns.Sum(c => c.CannibalisedRevenue) <= truth.RevenueWithoutCampaigns);
        var t = files.Tracking;
        Assert.All(t.Rows.Where(r => r[t.Column("campaign")].Length == 0), r => Assert.True(Money(r[t.Column("revenue")]) > 0 && Count(r[t.Column("orders")]) > 0));
    }

    [Theory]
    [InlineData(1, 100, 3, 0.0, 0.0)]
    [InlineData(7, 2500, 3, 4.0, 0.2)]
    [InlineData(300, 9000, 12, 4.0, 0.5)]
    [InlineData(40, 3000, 24, 0.0, 1.0)]
    public void ExtremeSettingsKeepTheRowCountAndTheTruthExact(int influencers, long rows, int months, double level, double organicShare)
    {
        using var files = new SimulatedFiles(new SimulationOptions(
            influencers, rows, Seed: 99, Months: months, OrganicShare: organicShare,
            Overlap: level / 4, Trend: level, Cannibalisation: level, Noise: level, Halo: level));
        var truth = files.Known;
        var t = files.Tracking;

        Assert.Equal(rows, t.Rows.Count);
        Assert.Equal(t.Values("revenue").Sum(Money), truth.RevenueWithCampaigns);
        Assert.Equal(truth.RevenueWithCampaigns - truth.RevenueWithoutCampaigns, truth.Campaigns.Sum(c => c.TrueIncrementalRevenue));
    }

    [Fact]
    public void AnywaySharesSpreadAroundAThirdWithAFewCouponLeakers()
    {
        var rng = new SplitMix64(2024);
        var shares = Enumerable.Range(0, 20_000).Select(_ => CampaignEffects.DrawAnywayShare(rng)).ToList();
        var leakers = shares.Count(s => s >= 0.7);
        var typical = shares.Where(s => s < 0.7).ToList();

        // Beta(4, 9): mean 4 / 13 = 0.31; leakers 6% (Beta(4, 9) itself puts only ~0.3% above 0.7).
        Assert.InRange(typical.Average(), 0.29, 0.33);
        Assert.InRange(leakers / 20_000.0, 0.05, 0.075);
        Assert.All(shares, s => Assert.InRange(s, 0, CampaignEffects.MaxAnywayShare));
        Assert.InRange(typical.Count(s => s is >= 0.15 and <= 0.5) / (double)typical.Count, 0.75, 0.95);
    }

    [Fact]
    public void ShippedProgrammeHasCouponLeakersAndTruthBelowAttributedOverall()
    {
        var truth = defaultDataSet.Files.Known;
        var shares = truth.Campaigns.SelectMany(c => c.AnywayShares).ToList();

        Assert.Contains(shares, s => s >= 0.7);
        Assert.InRange(shares.Count(s => s >= 0.7) / (double)shares.Count, 0.01, 0.2);
        Assert.True(truth.Campaigns.Sum(c => c.TrueIncrementalRevenue) < truth.Campaigns.Sum(c => c.AttributedRevenue));
        // Most anyway orders find an organic sale to take over: organic volume is realistic next to attributed.
        Assert.True(truth.AnywayOrdersMatched > 3 * truth.AnywayOrdersUnmatched, $"{truth.AnywayOrdersMatched} matched, {truth.AnywayOrdersUnmatched} unmatched");
    }

    [Theory]
    [InlineData(60, 30_000)]
    [InlineData(600, 60_000)]
    public void EveryCampaignHasAControlProductUntouchedInItsPreperiodAndWindow(int influencers, long rows)
    {
        using var files = new SimulatedFiles(new SimulationOptions(Influencers: influencers, TrackingRows: rows));
        var t = files.Tracking;
        var products = t.Values("product").ToHashSet(StringComparer.Ordinal);
        var attributed = t.Rows.Where(r => r[t.Column("campaign")].Length > 0)
            .Select(r => (Campaign: r[t.Column("campaign")], Day: Date(r[t.Column("date")]), Product: r[t.Column("product")]))
            .ToList();
        var promotedOn = attributed.GroupBy(a => a.Product).ToDictionary(g => g.Key, g => g.Select(a => a.Day).ToHashSet());
        var windows = attributed.GroupBy(a => a.Campaign).Select(g => (From: g.Min(a => a.Day).AddDays(-56), To: g.Max(a => a.Day)));

        // Some products are never promoted at all (MB-Vite, Calcium + D3, SuperMilk Daily): the control series.
        Assert.True(products.Count(p => !promotedOn.ContainsKey(p)) >= 3);
        Assert.All(windows, w => Assert.Contains(products, p =>
            !promotedOn.TryGetValue(p, out var days) || !days.Any(d => d >= w.From && d <= w.To)));
    }

    [Fact]
    public void ZeroCannibalisationAndHaloMakeTheTruthTheAttributedRevenue()
    {
        using var files = new SimulatedFiles(Tiny with { Cannibalisation = 0, Halo = 0 });

        Assert.All(files.Known.Campaigns, c => Assert.Equal((0m, 0m, c.AttributedRevenue), (c.CannibalisedRevenue, c.HaloRevenue, c.TrueIncrementalRevenue)));
        Assert.Equal(0, files.Known.AnywayOrdersMatched + files.Known.AnywayOrdersUnmatched);
    }

    [Fact]
    public void CannibalisationLevelMovesTheShareOfAttributedRevenueTakenFromOrganic()
    {
        using var low = new SimulatedFiles(Tiny with { Cannibalisation = 0.5 });
        using var high = new SimulatedFiles(Tiny with { Cannibalisation = 2 });

        Assert.True(Share(high, c => c.CannibalisedRevenue) > 2 * Share(low, c => c.CannibalisedRevenue));
    }

    [Fact]
    public void HaloLevelScalesTheHaloAndTheDefaultIsAFewPercentOfAttributedRevenue()
    {
        // Enough rows that a few hundred are halo even at level 0.5.
        var busier = Tiny with { TrackingRows = 30_000 };
        using var low = new SimulatedFiles(busier with { Halo = 0.5 });
        using var usual = new SimulatedFiles(busier);
        using var high = new SimulatedFiles(busier with { Halo = 2 });

        // Halo rate 0.07–0.21 per new order, about 70% of attributed orders new: roughly 5–15% of attributed revenue.
        Assert.InRange(Share(usual, c => c.HaloRevenue), 0.05, 0.15);
        // Same campaigns, halo rates × 4: about four times the halo (rows are sampled, so not exactly).
        Assert.InRange(Share(high, c => c.HaloRevenue) / Share(low, c => c.HaloRevenue), 3, 5);
    }

    [Fact]
    public void OverlapZeroMovesCampaignsOffEachOthersProductsAndOneKeepsTheSeasons()
    {
        Assert.Contains(("MusclePush", "ProteinWeek"), OverlappingPairs(defaultDataSet.Files));
        Assert.Empty(OverlappingPairs(SimulationOptions.Default with { Overlap = 0 }));
        // With many regional re-runs on a brand's few products, some clashes have nowhere to go: far fewer, not none.
        var crowded = new SimulationOptions(Influencers: 600, TrackingRows: 20_000);
        Assert.True(OverlappingPairs(crowded with { Overlap = 0 }).Count * 2 < OverlappingPairs(crowded).Count);
    }

    [Fact]
    public void TrendAndNoiseLevelsShapeOrganicDemand()
    {
        // All rows organic: the daily organic row counts are the baseline demand itself.
        var flat = DailyOrganicRows(new SimulationOptions(TrackingRows: 40_000, OrganicShare: 1, Trend: 0, Noise: 0));
        var trending = DailyOrganicRows(new SimulationOptions(TrackingRows: 40_000, OrganicShare: 1, Trend: 3, Noise: 0));
        var noisy = DailyOrganicRows(new SimulationOptions(TrackingRows: 40_000, OrganicShare: 1, Trend: 0, Noise: 3));

        // Trend 3: shared growth 1 + 0.75 × progress, so the last quarter sells about (1 + 0.75 × 0.875) / (1 + 0.75 × 0.125)
        // = 1.5× the first, give or take the products' own drifts (up to ±45% each over the year at trend 3).
        Assert.InRange(Growth(flat), 0.95, 1.05);
        Assert.InRange(Growth(trending), 1.2, 1.8);
        // Day-to-day noise: the spread of each day against the same weekday a week before.
        Assert.True(WeekOnWeekSpread(noisy) > 2 * WeekOnWeekSpread(flat), $"{WeekOnWeekSpread(noisy)} vs {WeekOnWeekSpread(flat)}");
        // The weekly pattern: weekends sell more than midweek.
        Assert.True(flat.Where((_, d) => d % 7 is 5 or 6).Average() > 1.15 * flat.Where((_, d) => d % 7 is 0 or 1).Average());
    }

    private static double Share(SimulatedFiles files, Func<CampaignTruth, decimal> part) =>
        (double)(files.Known.Campaigns.Sum(part) / files.Known.Campaigns.Sum(c => c.AttributedRevenue));

    private static List<(string, string)> OverlappingPairs(SimulationOptions options)
    {
        using var files = new SimulatedFiles(options);
        return OverlappingPairs(files);
    }

    private static List<(string, string)> OverlappingPairs(SimulatedFiles files)
    {
        var t = files.Tracking;
        var campaigns = t.Rows.Where(r => r[t.Column("campaign")].Length > 0)
            .GroupBy(r => r[t.Column("campaign")])
            .Select(g => (
                Name: g.Key,
                From: g.Min(r => Date(r[t.Column("date")])),
                To: g.Max(r => Date(r[t.Column("date")])),
                Products: g.Select(r => r[t.Column("product")]).ToHashSet()))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return [.. from a in campaigns
                   from b in campaigns
                   where string.CompareOrdinal(a.Name, b.Name) < 0 && a.From <= b.To && b.From <= a.To && a.Products.Overlaps(b.Products)
                   select (a.Name, b.Name)];
    }

    /// <summary>Organic rows per day, from the first Monday on (so index % 7 == 0 is a Monday).</summary>
    private static double[] DailyOrganicRows(SimulationOptions options)
    {
        using var files = new SimulatedFiles(options);
        var t = files.Tracking;
        var perDay = t.Rows.Where(r => r[t.Column("source")] == "organic").CountBy(r => Date(r[t.Column("date")])).OrderBy(kv => kv.Key).ToList();
        return [.. perDay.SkipWhile(kv => kv.Key.DayOfWeek != DayOfWeek.Monday).Select(kv => (double)kv.Value)];
    }

    private static double Growth(double[] days) => days.TakeLast(days.Length / 4).Average() / days.Take(days.Length / 4).Average();

    private static double WeekOnWeekSpread(double[] days) =>
        Math.Sqrt(Enumerable.Range(7, days.Length - 7).Average(d => Math.Pow(Math.Log(days[d] / days[d - 7]), 2)));
}
