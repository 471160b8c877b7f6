using System.Globalization;
using CsvHelper;
using RoiReportGen.Data;

namespace RoiReportGen.Simulation;

/// <summary>Writes a realistic, deterministic simulated data set in the four-file format of SPEC 1.</summary>
public static class DataSetSimulator
{
    public const string InfluencersFile = "influencers.csv";
    public const string PostsFile = "posts.csv";
    public const string TrackingFile = "tracking_data.csv";
    public const string PayoutsFile = "payouts.csv";

    /// <summary>The known truth beside the four files: `build` reads only the four and ignores it.</summary>
    public const string TruthFile = "simulation_truth.csv";

    /// <summary>Each influencer's known truth, beside <see cref="TruthFile"/>; `build` ignores it too.</summary>
    public const string InfluencerTruthFile = "simulation_truth_influencers.csv";

    // Stage numbers for SplitMix64.ForStage: each stage has its own random stream.
    private const ulong RosterStage = 1;
    private const ulong PlanStage = 2;
    private const ulong PostStage = 3;
    private const ulong TrackingStage = 4;
    private const ulong PayoutStage = 5;
    private const ulong EffectStage = 6;
    private const ulong DemandStage = 7;
    private const ulong PaymentDateStage = 8;

    // The harder world's knobs draw from stages of their own, so at 0 they leave every draw above as it was.
    private const ulong SeasonStage = 9;
    private const ulong ShockStage = 10;
    private const ulong CarryStage = 11;
    private const ulong SpillStage = 12;

    /// <summary>
    /// Writes influencers.csv, posts.csv, tracking_data.csv and payouts.csv into
    /// <paramref name="outputDirectory"/> (created if missing; the files are overwritten), and beside them
    /// simulation_truth.csv, each campaign's true incremental revenue, payout and iROAS, and
    /// simulation_truth_influencers.csv, the same per influencer.
    /// </summary>
    /// <param name="rowsWritten">Receives the number of tracking rows written so far, every 65,536 rows and at the end.</param>
    /// <returns>Data rows written per file (headers not counted), and the truth.</returns>
    public static SimulationResult Write(string outputDirectory, SimulationOptions options, IProgress<long>? rowsWritten = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Directory.CreateDirectory(outputDirectory);

        var influencers = InfluencerGenerator.Generate(options.Influencers, SplitMix64.ForStage(options.Seed, RosterStage));
        var campaigns = CampaignPlanner.Plan(influencers, options, SplitMix64.ForStage(options.Seed, PlanStage));
        CampaignEffects.Assign(campaigns, options, SplitMix64.ForStage(options.Seed, EffectStage), SplitMix64.ForStage(options.Seed, CarryStage));
        var posts = PostGenerator.Generate(campaigns, SplitMix64.ForStage(options.Seed, PostStage));

        WriteInfluencers(Path.Combine(outputDirectory, InfluencersFile), influencers);
        var postsPerInfluencer = WritePosts(Path.Combine(outputDirectory, PostsFile), posts, influencers.Count);

        long trackingRows;
        var writer = new TrackingStreamWriter(
            campaigns, options, SplitMix64.ForStage(options.Seed, TrackingStage), SplitMix64.ForStage(options.Seed, SpillStage));
        using (var csv = Open(Path.Combine(outputDirectory, TrackingFile)))
        {
            var days = options.LastDay.DayNumber - options.FirstDay.DayNumber + 1;
            var season = SaleSeason.Create(options.FirstDay, days, options.Festivals, SplitMix64.ForStage(options.Seed, SeasonStage));
            var shocks = DemandShocks.Create(options, days, SplitMix64.ForStage(options.Seed, ShockStage));
            var plan = DailyRowPlan.Create(options, campaigns, SplitMix64.ForStage(options.Seed, DemandStage), season, shocks);
            trackingRows = writer.Write(csv, plan, rowsWritten);
        }

        var payouts = PayoutGenerator.Generate(influencers, campaigns, postsPerInfluencer, SplitMix64.ForStage(options.Seed, PayoutStage));
        payouts = PaymentDates.Assign(payouts, campaigns, options.LastDay, SplitMix64.ForStage(options.Seed, PaymentDateStage));
        WritePayouts(Path.Combine(outputDirectory, PayoutsFile), payouts);
        var truth = TruthCalculator.Compute(influencers, campaigns, payouts, writer);
        WriteTruth(Path.Combine(outputDirectory, TruthFile), truth);
        WriteInfluencerTruth(Path.Combine(outputDirectory, InfluencerTruthFile), truth);
        return new SimulationResult(influencers.Count, posts.Count, trackingRows, payouts.Count) { Truth = truth };
    }

    // Decimal's "G" switches to exponent notation for tiny values; this keeps every digit in plain form.
    private const string FullPrecision = "0.############################";

    // RFC 4180 with CRLF, UTF-8 without BOM, invariant culture: what the loader and spreadsheets expect.
    private static CsvWriter Open(string path) =>
        CsvWriter.ToFile(path, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture });

    private static void WriteInfluencers(string path, IReadOnlyList<SimulatedInfluencer> influencers)
    {
        using var csv = Open(path);
        csv.WriteHeader(["influencer_id", "name", "platform", "category", "gender", "follower_count"]);
        foreach (var i in influencers)
        {
            csv.WriteField(i.Id);
            csv.WriteField(i.Name);
            csv.WriteField(i.Platform);
            csv.WriteField(i.Category);
            csv.WriteField(i.Gender);
            csv.WriteField(i.Followers);
            csv.EndRecord();
        }
    }

    private static int[] WritePosts(string path, IReadOnlyList<SimulatedPost> posts, int influencerCount)
    {
        var counts = new int[influencerCount];
        var width = Math.Max(4, posts.Count.ToString(CultureInfo.InvariantCulture).Length);
        using var csv = Open(path);
        csv.WriteHeader(["post_id", "influencer_id", "platform", "date", "url", "caption", "reach", "likes", "comments"]);
        for (var n = 0; n < posts.Count; n++)
        {
            var post = posts[n];
            counts[post.Influencer.Index]++;
            csv.WriteField("P" + (n + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));
            csv.WriteField(post.Influencer.Id);
            csv.WriteField(post.Influencer.Platform);
            csv.WriteField(post.Date, "yyyy-MM-dd");
            csv.WriteField(post.Url);
            csv.WriteField(post.Caption);
            csv.WriteField(post.Reach);
            csv.WriteField(post.Likes);
            csv.WriteField(post.Comments);
            csv.EndRecord();
        }

        return counts;
    }

    private static void WriteTruth(string path, SimulationTruth truth) =>
        WriteTruthRows(path, "campaign", truth.Campaigns.Select(c => (c.Campaign, c.TrueIncrementalRevenue, c.Payout, c.TrueIroas)));

    // As simulation_truth.csv, per influencer (iROAS empty at payout 0).
    private static void WriteInfluencerTruth(string path, SimulationTruth truth) =>
        WriteTruthRows(path, "influencer_id", truth.Influencers.Select(i => (i.InfluencerId, i.TrueIncrementalRevenue, i.Payout, i.TrueIroas)));

    private static void WriteTruthRows(
        string path, string idColumn, IEnumerable<(string Id, decimal Incremental, decimal Payout, decimal? Iroas)> rows)
    {
        using var csv = Open(path);
        csv.WriteHeader([idColumn, "true_incremental_revenue", "payout", "true_iroas"]);
        foreach (var (id, incremental, payout, iroas) in rows)
        {
            csv.WriteField(id);
            // Sums of whole-paisa amounts: exact with two decimals. Payout and iROAS in full precision, as the report's CSVs.
            csv.WriteField(incremental, "0.00");
            csv.WriteField(payout, FullPrecision);
            csv.WriteField(iroas, FullPrecision);
            csv.EndRecord();
        }
    }

    private static void WritePayouts(string path, IReadOnlyList<SimulatedPayout> payouts)
    {
        using var csv = Open(path);
        csv.WriteHeader(["influencer_id", "campaign", "basis", "rate", "orders", "total_payout", "date"]);
        foreach (var p in payouts)
        {
            csv.WriteField(p.InfluencerId);
            csv.WriteField(p.Campaign);
            csv.WriteField(p.Basis == PayoutBasis.Post ? "post" : "order");
            csv.WriteField(p.Rate, "0.00");
            csv.WriteField(p.Orders);
            csv.WriteField(p.TotalPayout, "0.00");
            if (p.Date is { } date)
            {
                csv.WriteField(date, "yyyy-MM-dd");
            }
            else
            {
                csv.WriteField("");
            }

            csv.EndRecord();
        }
    }
}
