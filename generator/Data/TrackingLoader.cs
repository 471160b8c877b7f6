using System.Runtime.InteropServices;

namespace RoiReportGen.Data;

/// <summary>
/// Reads tracking_data.csv, rolling rows up as it goes so memory grows with the distinct
/// (date, source kind, campaign, influencer, brand, product) keys, never with the row count.
/// </summary>
internal static class TrackingLoader
{
    public const string FileName = "tracking_data.csv";

    /// <summary>Progress is reported after every this many rows.</summary>
    public const int ProgressStep = 100_000;

    public static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new("date", Required: true),
        new("source", Required: false),
        new("campaign", Required: false),
        new("influencer_id", Required: false),
        new("user_id", Required: false),
        new("brand", Required: false),
        new("product", Required: true),
        new("orders", Required: true),
        new("revenue", Required: true),
    ];

    private const int Date = 0, Source = 1, Campaign = 2, InfluencerId = 3, Brand = 5, Product = 6, Orders = 7, Revenue = 8;

    public static List<TrackingTotal> Load(
        string folder,
        IReadOnlyDictionary<string, Influencer> byId,
        IssueLog log,
        List<string> notices,
        IProgress<long>? progress)
    {
        using var table = CsvTable.Open(folder, FileName, Columns);
        if (table.UnknownColumnsNotice is { } notice)
        {
            notices.Add(notice);
        }

        var rows = new RowValidator(table, log);
        var sums = new Dictionary<TrackingKey, TrackingSums>();
        while (table.Read())
        {
            var used = TryRead(table, rows, byId, out var key, out var orders, out var revenue);
            rows.Log.EndRow();
            if (used)
            {
                ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, key, out _);
                sum.Orders += orders;
                sum.Revenue += revenue;
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

    /// <summary>
    /// A row is organic when source is "organic" (any case) or blank, and influencer_id is blank;
    /// any other source, or any influencer_id, makes it influencer-attributed.
    /// </summary>
    public static bool IsOrganic(string source, string influencerId) =>
        influencerId.Length == 0 && (source.Length == 0 || source.Equals("organic", StringComparison.OrdinalIgnoreCase));

    private static bool TryRead(
        CsvTable table,
        RowValidator rows,
        IReadOnlyDictionary<string, Influencer> byId,
        out TrackingKey key,
        out long orders,
        out decimal revenue)
    {
        key = default;
        orders = 0;
        revenue = 0m;
        var id = table.Text(InfluencerId);
        var organic = IsOrganic(table.Text(Source), id);
        var influencer = organic ? null : byId.GetValueOrDefault(id);
        if (!rows.BeginRow(influencer?.Platform ?? "") || !rows.RequireDate(Date, out var date))
        {
            return false;
        }

        // Columns are checked in the order of the file's column table: campaign before influencer_id.
        var campaign = organic ? "" : table.Text(Campaign);
        if (!organic && campaign.Length == 0)
        {
            return rows.Log.Exclude(rows.Name(Campaign), "", "attributed row has no campaign");
        }

        if (!organic && id.Length == 0)
        {
            return rows.Log.Exclude(rows.Name(InfluencerId), "", "attributed row has no influencer_id");
        }

        if (!organic && influencer is null)
        {
            return rows.Log.Exclude(rows.Name(InfluencerId), id, "unknown influencer_id");
        }

        var brand = table.Text(Brand);
        if (!rows.RequireText(Product, out var product)
            || !rows.RequireCount(Orders, out orders)
            || !rows.RequireAmount(Revenue, out revenue))
        {
            return false;
        }

        key = new TrackingKey(date, organic, campaign, id, brand.Length == 0 ? "Unbranded" : brand, product);
        return true;
    }
}
