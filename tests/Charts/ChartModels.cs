using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Tests.Charts;

/// <summary>Small report models built straight from the records, for chart tests.</summary>
internal static class ChartModels
{
    public const string Script = "<script>alert(1)</script>";
    public const string Img = "\"><img src=x onerror=alert(1)>";
    public const string Braces = "{{ x }}";

    public static DateOnly Day(int n) => new DateOnly(2025, 1, 1).AddDays(n);

    public static InfluencerSummary Influencer(
        string id, string platform, decimal revenue, decimal payout, string? name = null, FollowerTier tier = FollowerTier.Micro, decimal? rate = 0.05m) =>
        new(id, name ?? "Name " + id, platform, "Fitness", "Female", 50_000, tier, 3, 10_000, 400, 100, rate, rate is null ? null : rate / 2, 0.01m,
            10, revenue, payout, payout > 0 ? revenue / payout : null, "post", revenue - payout, null, null, null);

    public static CampaignSummary Campaign(string name, decimal revenue, decimal payout, int startDay = 0, int days = 10, decimal? baseline = 1000m, string brand = "MuscleBlaze") =>
        new(name, brand, Day(startDay), Day(startDay + days - 1), days, ["P1"], 2, 5, revenue, payout, 0m,
            payout > 0 ? revenue / payout : null, revenue - payout,
            new NaiveIncrementality(
                baseline is null ? null : revenue + 500m, baseline is null ? null : baseline / days, baseline,
                baseline is null ? null : revenue + 500m - baseline, baseline is null || payout == 0 ? null : (revenue + 500m - baseline) / payout,
                baseline is null ? "no baseline data" : ""),
            Estimate(revenue, payout, baseline is not null),
            CampaignOverlaps.None);

    // Half the attributed revenue measured as lift, ± a fifth of it; "no baseline data" without a baseline.
    private static IncrementalEstimate Estimate(decimal revenue, decimal payout, bool measured) =>
        measured
            ? new(EstimateMethods.TbrControls, LiftWords.Incremental, revenue * 2m, revenue / 2m, revenue * 0.3m, revenue * 0.7m,
                payout > 0 ? revenue / 2m / payout : null, payout > 0 ? revenue * 0.3m / payout : null, payout > 0 ? revenue * 0.7m / payout : null,
                revenue > 0 ? 0.5m : null, [], 56, null)
            : new("", LiftWords.NoBaselineData, null, null, null, null, null, null, null, null, [], 3, null);

    public static PersonaSummary Persona(string platform, FollowerTier tier, decimal revenue, decimal payout, string category = "Fitness") =>
        new(platform, category, "Female", tier, 1, 2, 3, revenue, payout, payout > 0 ? revenue / payout : null, revenue - payout, 0.05m, 0.04m);

    public static PlatformReport View(
        string name,
        IReadOnlyList<InfluencerSummary> influencers,
        IReadOnlyList<CampaignSummary>? campaigns = null,
        IReadOnlyList<PersonaSummary>? personas = null,
        IReadOnlyList<BrandSummary>? brands = null,
        int trendDays = 30) =>
        new(name, name == "All", new KpiSummary(0, 0, 0, null, HeadlineIroas.None, 0, 0, influencers.Count, 0, 0),
            influencers, campaigns ?? [], personas ?? [], brands ?? [],
            [new PayoutBasisSummary("post", 3, 0.75m, 3000m, 0.6m), new PayoutBasisSummary("order", 1, 0.25m, 2000m, 0.4m)],
            Enumerable.Range(0, trendDays).Select(d => new DailyTrendPoint(Day(d), 100m + d, 50m, d >= 6 ? 100m : null, d >= 6 ? 50m : null)).ToList(),
            new ReportInsights(null, [], null, null, null, [], null, [], null, null, null, [], []), []);

    /// <summary>A model with All and one view per platform, each platform view holding its own rows.</summary>
    public static ReportModel Model(
        IReadOnlyList<InfluencerSummary> influencers,
        IReadOnlyList<CampaignSummary>? campaigns = null,
        IReadOnlyList<PersonaSummary>? personas = null,
        IReadOnlyList<BrandSummary>? brands = null)
    {
        var platforms = influencers.Select(i => i.Platform).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
        var views = platforms.Select(p => View(
            p,
            influencers.Where(i => i.Platform == p).ToList(),
            campaigns,
            personas?.Where(x => x.Platform == p).ToList(),
            brands)).ToList();
        return new ReportModel(MetricsOptions.Default, View("All", influencers, campaigns, personas, brands), views, [], [], Day(0), Day(29));
    }

    /// <summary>A model of <paramref name="count"/> influencers over three platforms with varied ROAS.</summary>
    public static ReportModel Large(int count)
    {
        string[] platforms = ["Instagram", "Twitter", "YouTube"];
        var influencers = Enumerable.Range(0, count)
            .Select(n => Influencer($"I{n:D5}", platforms[n % 3], 1000m + (n * 37 % 1000) * 10m, n % 10 == 0 ? 0m : 500m + n % 7 * 100m, rate: n % 11 == 0 ? null : 0.01m + n % 13 / 100m))
            .ToList();
        return Model(influencers, [Campaign("A", 5000m, 1000m), Campaign("B", 500m, 1000m, startDay: 5)]);
    }
}
