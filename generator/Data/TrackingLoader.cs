using System.Runtime.InteropServices;

namespace RoiReportGen.Data;

/// <summary>
/// Reads tracking_data.csv, rolling rows up as it goes so memory grows with the distinct
/// (date, source kind, campaign, influencer, brand, product) keys, never with the row count.
/// A large file has its rows checked on several threads (<see cref="TrackingRowReader"/>, one per thread);
/// this thread sums them and logs their issues in file order, so the result is the same either way.
/// </summary>
internal static class TrackingLoader
{
    public const string FileName = "tracking_data.csv";

    /// <summary>Progress is reported after every this many rows.</summary>
    public const int ProgressStep = 100_000;

    public static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new("date", Required: true, Date: true),
        new("source", Required: false),
        new("campaign", Required: false),
        new("influencer_id", Required: false),
        new("user_id", Required: false),
        new("brand", Required: false),
        new("product", Required: true),
        new("orders", Required: true),
        new("revenue", Required: true),
    ];

    public static List<TrackingTotal> Load(
        string folder,
        IReadOnlyDictionary<string, Influencer> byId,
        IssueLog log,
        List<string> notices,
        IProgress<long>? progress,
        TrackingReadOptions options,
        DateWindow? window)
    {
        using var table = CsvTable.Open(folder, FileName, Columns);
        if (table.UnknownColumnsNotice is { } notice)
        {
            notices.Add(notice);
        }

        var workers = options.WorkersFor(new FileInfo(Path.Combine(folder, FileName)).Length);
        var sums = new Dictionary<TrackingKey, TrackingSums>();
        long fileOrders = 0;
        var fileRevenue = 0m;
        foreach (var row in table.ReadRows<TrackingRow>(t => new TrackingRowReader(t, byId, window).Read, workers))
        {
            var exclusion = row.Exclusion ?? OverCap(row, fileOrders, fileRevenue);
            log.AddRow(exclusion);
            if (exclusion is null)
            {
                // Per-key sums are at most the file's totals, which stay under their caps (TotalCaps).
                fileOrders += row.Orders;
                fileRevenue += row.Revenue;
                ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, row.Key, out _);
                sum.Orders += row.Orders;
                sum.Revenue += row.Revenue;
                sum.Rows++;
            }

            if (log.Rows % ProgressStep == 0)
            {
                progress?.Report(log.Rows);
            }
        }

        if (log.Rows % ProgressStep != 0)
        {
            progress?.Report(log.Rows);
        }

        var entries = sums.ToArray();
        Array.Sort(entries, static (a, b) => a.Key.CompareTo(b.Key));
        var totals = new List<TrackingTotal>(entries.Length);
        foreach (var (k, sum) in entries)
        {
            totals.Add(new TrackingTotal(k.Date, k.IsOrganic, k.Campaign, k.InfluencerId, k.Brand, k.Product, sum.Orders, sum.Revenue, sum.Rows));
        }

        return totals;
    }

    // The issue that excludes an otherwise good row because it would take a file total over its cap; else null.
    private static DataIssue? OverCap(TrackingRow row, long fileOrders, decimal fileRevenue)
    {
        if (!TotalCaps.Fits(fileOrders, row.Orders))
        {
            return new DataIssue(FileName, row.Line, "orders", TotalCaps.Text(row.Orders), TotalCaps.Reason("orders", amount: false), IssueAction.Excluded, row.Platform) { InfluencerId = row.Key.InfluencerId };
        }

        return TotalCaps.Fits(fileRevenue, row.Revenue)
            ? null
            : new DataIssue(FileName, row.Line, "revenue", TotalCaps.Text(row.Revenue), TotalCaps.Reason("revenue", amount: true), IssueAction.Excluded, row.Platform) { InfluencerId = row.Key.InfluencerId };
    }

    /// <summary>
    /// A row is organic when source is "organic" (any case) or blank, and influencer_id is blank;
    /// any other source, or any influencer_id, makes it influencer-attributed.
    /// </summary>
    public static bool IsOrganic(string source, string influencerId) =>
        influencerId.Length == 0 && (source.Length == 0 || source.Equals("organic", StringComparison.OrdinalIgnoreCase));
}
