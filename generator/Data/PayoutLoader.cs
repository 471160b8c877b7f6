namespace RoiReportGen.Data;

/// <summary>Reads payouts.csv: one accepted <see cref="Payout"/> per valid row, in file order.</summary>
internal static class PayoutLoader
{
    public const string FileName = "payouts.csv";

    public static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new("influencer_id", Required: true),
        new("campaign", Required: false),
        new("basis", Required: true),
        new("rate", Required: true),
        new("orders", Required: false),
        new("total_payout", Required: true),
        new("date", Required: false, Date: true),
    ];

    private const int InfluencerId = 0, Campaign = 1, Basis = 2, Rate = 3, Orders = 4, TotalPayout = 5, Date = 6;

    /// <param name="window">The dates rows may carry (from posts and tracking rows); null accepts every valid date.</param>
    public static List<Payout> Load(
        string folder, IReadOnlyDictionary<string, Influencer> byId, IssueLog log, List<string> notices, DateWindow? window = null)
    {
        using var table = CsvTable.Open(folder, FileName, Columns);
        if (table.UnknownColumnsNotice is { } notice)
        {
            notices.Add(notice);
        }

        var rows = new RowValidator(table, log) { Window = window };
        var accepted = new List<Payout>();
        var filePayout = 0m;
        while (table.Read())
        {
            // The file's total caps every sum of payouts (TotalCaps): a row that would take it over is excluded.
            var used = TryRead(table, rows, byId, out var payout)
                && (TotalCaps.Fits(filePayout, payout.TotalPayout)
                    || rows.Log.Exclude(rows.Name(TotalPayout), table.Text(TotalPayout), TotalCaps.Reason(rows.Name(TotalPayout), amount: true)));
            rows.Log.EndRow();
            if (used)
            {
                filePayout += payout.TotalPayout;
                accepted.Add(payout);
            }
        }

        return accepted;
    }

    /// <summary>
    /// "post" or "order", ignoring case, spaces, "_", "-" and a leading "per" ("Per Post",
    /// "per_order", "ORDER", "perpost"); null for anything else.
    /// </summary>
    public static PayoutBasis? ParseBasis(string text)
    {
        var key = HeaderMap.Normalise(text);
        if (key.StartsWith("per", StringComparison.Ordinal))
        {
            key = key[3..];
        }

        return key switch
        {
            "post" => PayoutBasis.Post,
            "order" => PayoutBasis.Order,
            _ => null,
        };
    }

    private static bool TryRead(
        CsvTable table, RowValidator rows, IReadOnlyDictionary<string, Influencer> byId, out Payout payout)
    {
        payout = null!;
        var influencer = byId.GetValueOrDefault(table.Text(InfluencerId));
        if (!rows.BeginRow(influencer?.Platform ?? "", influencer?.Id ?? "") || !rows.RequireText(InfluencerId, out var id))
        {
            return false;
        }

        if (influencer is null)
        {
            return rows.Log.Exclude(rows.Name(InfluencerId), id, "unknown influencer_id");
        }

        var campaign = table.Text(Campaign);
        if (!rows.RequireText(Basis, out var basisText))
        {
            return false;
        }

        if (ParseBasis(basisText) is not { } basis)
        {
            return rows.Log.Exclude(rows.Name(Basis), basisText, "basis must be post or order");
        }

        if (!rows.RequireAmount(Rate, out var rate))
        {
            return false;
        }

        var orders = rows.OptionalCount(Orders);
        if (!rows.RequireAmount(TotalPayout, out var total))
        {
            return false;
        }

        // Checked last: a bad date never hides a problem that excludes the row.
        var date = rows.OptionalDate(Date);
        payout = new Payout(id, campaign, basis, rate, orders, total, table.Line, date);
        return true;
    }
}
