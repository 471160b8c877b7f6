using RoiReportGen.Diagnostics;

namespace RoiReportGen.Data;

/// <summary>
/// The loading stage: reads and validates the four input files of a data folder into one
/// <see cref="DataSet"/>. The rules are listed in docs/LOADING.md.
/// </summary>
public static class DataSetLoader
{
    private static readonly string[] FileOrder =
        [InfluencerLoader.FileName, PostLoader.FileName, TrackingLoader.FileName, PayoutLoader.FileName];

    /// <summary>Loads <c>influencers.csv</c>, <c>posts.csv</c>, <c>tracking_data.csv</c> and <c>payouts.csv</c>.</summary>
    /// <param name="dataDirectory">The folder that holds the four files.</param>
    /// <param name="trackingRowsRead">Told the number of tracking rows read every 100,000 rows, and at the end.</param>
    /// <exception cref="InputFileException">A fatal problem: the message names the file, line and column.</exception>
    /// <param name="maxDateSpanDays">How far from the data's median date a row's date may be (see <see cref="DateWindow"/>).</param>
    public static DataSet Load(
        string dataDirectory, IProgress<long>? trackingRowsRead = null, int maxDateSpanDays = DateWindow.DefaultMaxSpanDays) =>
        Load(dataDirectory, trackingRowsRead, TrackingReadOptions.Default, maxDateSpanDays);

    /// <summary>As <see cref="Load(string, IProgress{long}, int)"/>, timing the read of each file into <paramref name="timings"/>.</summary>
    public static DataSet Load(string dataDirectory, IProgress<long>? trackingRowsRead, int maxDateSpanDays, StageTimings timings) =>
        Load(dataDirectory, trackingRowsRead, TrackingReadOptions.Default, maxDateSpanDays, timings);

    /// <summary>As <see cref="Load(string, IProgress{long}, int)"/>, choosing when tracking is read on several threads.</summary>
    internal static DataSet Load(
        string dataDirectory,
        IProgress<long>? trackingRowsRead,
        TrackingReadOptions trackingRead,
        int maxDateSpanDays = DateWindow.DefaultMaxSpanDays,
        StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        timings ??= new StageTimings();
        long Size(string file) => new FileInfo(Path.Combine(dataDirectory, file)).Length;

        // Report a missing file, or one that is not a regular file in the folder, before spending time on a large
        // tracking file, and before opening anything (opening a FIFO blocks).
        foreach (var file in FileOrder)
        {
            InputFileGuard.Check(dataDirectory, file);
        }

        var notices = new List<string>();
        var platforms = new PlatformNames();
        var logs = FileOrder.Select(f => new IssueLog(f)).ToArray();

        var influencers = timings.Measure(
            "read influencers.csv", () => InfluencerLoader.Load(dataDirectory, platforms, logs[0], notices), Size(InfluencerLoader.FileName));
        if (influencers.Count == 0)
        {
            throw NoInfluencers(logs[0]);
        }

        var byId = influencers.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var postsPerDay = new Dictionary<DateOnly, long>();
        var (posts, postDays, postRows) = timings.Measure(
            "read posts.csv",
            () => PostLoader.Load(dataDirectory, influencers, byId, platforms, logs[1], notices, null, postsPerDay),
            Size(PostLoader.FileName));
        var tracking = timings.Measure(
            "read tracking.csv",
            () => TrackingLoader.Load(dataDirectory, byId, logs[2], notices, trackingRowsRead, trackingRead, null),
            Size(TrackingLoader.FileName));

        // Dates far from the bulk of the data: the median is known only once both files are read, so a file with a
        // row outside the window is read again with the window as a rule (rare; a clean file is read once). Reading
        // it again, rather than taking rows out of the sums, gives exactly the issues, totals and caps a file
        // without those rows would give, on one thread or several.
        var trackingPerDay = tracking.GroupBy(t => t.Date).Select(g => KeyValuePair.Create(g.Key, g.Sum(t => t.Rows)));
        var window = DateWindow.Around(postsPerDay.Concat(trackingPerDay), maxDateSpanDays);
        if (window is not null)
        {
            if (!postsPerDay.Keys.All(window.Contains))
            {
                logs[1] = new IssueLog(PostLoader.FileName);
                (posts, postDays, postRows) = timings.Measure(
                    "reread posts.csv",
                    () => PostLoader.Load(dataDirectory, influencers, byId, platforms, logs[1], [], window, []),
                    Size(PostLoader.FileName));
            }

            if (!tracking.All(t => window.Contains(t.Date)))
            {
                logs[2] = new IssueLog(TrackingLoader.FileName);
                tracking = timings.Measure(
                    "reread tracking.csv",
                    () => TrackingLoader.Load(dataDirectory, byId, logs[2], [], null, trackingRead, window),
                    Size(TrackingLoader.FileName));
            }
        }

        // Payment dates are checked against the same window (payouts do not move the median: they are read after it).
        var payouts = timings.Measure(
            "read payouts.csv", () => PayoutLoader.Load(dataDirectory, byId, logs[3], notices, window), Size(PayoutLoader.FileName));
        timings.Measure("payout check", () =>
        {
            foreach (var issue in PayoutConsistencyChecker.Check(payouts, posts, tracking, byId))
            {
                logs[3].Add(issue);
            }
        });

        foreach (var issue in LookAlikes(influencers, tracking, payouts, notices))
        {
            logs[Array.IndexOf(FileOrder, issue.File)].Add(issue);
        }

        return new DataSet(
            influencers,
            posts,
            tracking,
            payouts,
            tracking.Count == 0 ? null : tracking[0].Date,
            tracking.Count == 0 ? null : tracking[^1].Date,
            IssueOrder.Sort(logs),
            notices,
            logs.Select(l => l.Counts).ToList())
        {
            PostDays = postDays,
            PostRows = postRows,
        };
    }

    // Ids and names that differ only by look-alike letters (LookAlikeKeys): campaigns are met in tracking (summed,
    // so line 0) and then in payouts.
    private static List<DataIssue> LookAlikes(
        IReadOnlyList<Influencer> influencers, IReadOnlyList<TrackingTotal> tracking, IReadOnlyList<Payout> payouts, List<string> notices)
    {
        const string Tracking = TrackingLoader.FileName;
        return Unicode.LookAlikeKeys.Find(influencers.Select(i => (i.Id, InfluencerLoader.FileName, i.Line)), "influencer_id", notices.Add)
            .Concat(Unicode.LookAlikeKeys.Find(influencers.Select(i => (i.Name, InfluencerLoader.FileName, i.Line)), "name", notices.Add))
            .Concat(Unicode.LookAlikeKeys.Find(
                tracking.Select(t => (t.Campaign, Tracking, 0)).Concat(payouts.Select(p => (p.Campaign, PayoutLoader.FileName, p.Line))), "campaign", notices.Add))
            .Concat(Unicode.LookAlikeKeys.Find(tracking.Select(t => (t.Brand, Tracking, 0)), "brand", notices.Add))
            .Concat(Unicode.LookAlikeKeys.Find(tracking.Select(t => (t.Product, Tracking, 0)), "product", notices.Add))
            .ToList();
    }

    private static InputFileException NoInfluencers(IssueLog log)
    {
        if (log.Issues.Count == 0)
        {
            return new InputFileException(log.File, 1, "", "no influencers: the file has no data rows");
        }

        var first = log.Issues[0];
        return new InputFileException(
            log.File,
            first.Line,
            first.Column,
            $"no influencers: all {log.Rows} rows were excluded; the first because '{first.Value}': {first.Reason}");
    }
}
