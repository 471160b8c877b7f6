using System.Text;

namespace RoiReportGen.Data;

/// <summary>
/// Checks the current row of a tracking_data.csv table (the rules in docs/LOADING.md) and returns it as a
/// <see cref="TrackingRow"/>, touching nothing else: one reader per thread, so rows can be checked in parallel.
/// </summary>
/// <remarks>
/// The per-row methods are not marked AggressiveOptimization: the published generator is precompiled (ReadyToRun), and a
/// method so marked would be JIT-compiled in every run instead (docs/LOADING.md "Reading fast").
/// </remarks>
internal sealed class TrackingRowReader(CsvTable table, IReadOnlyDictionary<string, Influencer> byId, DateWindow? window)
{
    // Indexes into TrackingLoader.Columns.
    private const int Date = 0, Source = 1, Campaign = 2, InfluencerId = 3, Brand = 5, Product = 6, Orders = 7, Revenue = 8;

    private static readonly KeyText Blank = KeyText.Of("");
    private static readonly KeyText Unbranded = KeyText.Of("Unbranded");

    // A scratch log: it holds the row's issue until Read takes it.
    private readonly RowValidator rows = new(table, new IssueLog(table.File)) { Window = window };

    // The text columns, each field decoded once per distinct value (a few thousand in a million rows).
    private readonly FieldInterner campaigns = new(), influencerIds = new(), brands = new(), products = new();

    public TrackingRow Read()
    {
        var used = TryRead(out var key, out var orders, out var revenue);
        var platform = rows.Log.Platform;
        var exclusion = rows.Log.TakeRow();
        return used
            ? new TrackingRow(key, orders, revenue, null, table.Line, platform)
            : new TrackingRow(default, 0, 0m, exclusion, table.Line, platform);
    }

    private bool TryRead(out TrackingKey key, out long orders, out decimal revenue)
    {
        key = default;
        orders = 0;
        revenue = 0m;
        var id = influencerIds.Text(table, InfluencerId);
        var organic = id.Text.Length == 0 && SourceIsOrganicOrBlank();
        var influencer = organic ? null : byId.GetValueOrDefault(id.Text);
        if (!rows.BeginRow(influencer?.Platform ?? "", influencer?.Id ?? "") || !rows.RequireDate(Date, out var date))
        {
            return false;
        }

        // Columns are checked in the order of the file's column table: campaign before influencer_id.
        var campaign = organic ? Blank : campaigns.Text(table, Campaign);
        if (!organic && campaign.Text.Length == 0)
        {
            return rows.Log.Exclude(rows.Name(Campaign), "", "attributed row has no campaign");
        }

        if (!organic && id.Text.Length == 0)
        {
            return rows.Log.Exclude(rows.Name(InfluencerId), "", "attributed row has no influencer_id");
        }

        if (!organic && influencer is null)
        {
            return rows.Log.Exclude(rows.Name(InfluencerId), id.Text, "unknown influencer_id");
        }

        var brand = brands.Text(table, Brand);
        var product = products.Text(table, Product);
        if (product.Text.Length == 0)
        {
            return rows.Log.Exclude(rows.Name(Product), "", RowValidator.BlankReason);
        }

        if (!rows.RequireCount(Orders, out orders) || !rows.RequireAmount(Revenue, out revenue))
        {
            return false;
        }

        key = new TrackingKey(date, organic, campaign, id, brand.Text.Length == 0 ? Unbranded : brand, product);
        return true;
    }

    // TrackingLoader.IsOrganic's test of source. A field of ASCII letters and digits only (no quote, no padding) is
    // its own text, so "organic", "Instagram" and a blank field are told from the raw bytes; anything else is decoded.
    private bool SourceIsOrganicOrBlank()
    {
        var raw = table.RawBytes(Source);
        foreach (var b in raw)
        {
            if (!char.IsAsciiLetterOrDigit((char)b))
            {
                return TrackingLoader.IsOrganic(table.Text(Source), "");
            }
        }

        return raw.IsEmpty || Ascii.EqualsIgnoreCase(raw, "organic"u8);
    }
}
