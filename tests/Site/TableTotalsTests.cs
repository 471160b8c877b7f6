using System.Text.Json;
using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Tests.Site;

/// <summary>The totals row: sums, ratios as the ratio of the sums (never a mean of ratios), undefined denominators.</summary>
public sealed class TableTotalsTests
{
    private sealed record Row(string Name, decimal Revenue, decimal Payout, long Orders, decimal? Roas);

    private static readonly IReadOnlyList<TableColumn<Row>> Columns =
    [
        new("name", "Name", CellKind.Text, r => r.Name),
        new("revenue", "Revenue", CellKind.Money, r => r.Revenue) { Total = ColumnTotal.Sum },
        new("payout", "Payout", CellKind.Money, r => r.Payout) { Total = ColumnTotal.Sum },
        new("orders", "Orders", CellKind.Count, r => r.Orders) { Total = ColumnTotal.Sum },
        new("roas", "ROAS", CellKind.Ratio, r => r.Roas) { Total = ColumnTotal.RatioOf("revenue", "payout"), BreakEven = true },
        new("cpo", "Cost / order", CellKind.Money, r => r.Orders == 0 ? null : r.Payout / r.Orders) { Total = ColumnTotal.RatioOf("payout", "orders") },
        new("per1000", "Revenue per 1,000 orders", CellKind.Money, r => null) { Total = ColumnTotal.RatioOf("revenue", "orders", 1000m) },
    ];

    [Fact]
    public void A_ratio_totals_as_the_ratio_of_sums_not_the_mean_of_the_ratios()
    {
        // A: revenue 1,000 on payout 100 (ROAS 10); B: revenue 500 on payout 1,000 (ROAS 0.5).
        // Mean of the ratios: (10 + 0.5) / 2 = 5.25. Ratio of the sums: (1,000 + 500) / (100 + 1,000) = 1,500 / 1,100 = 1.3636…
        // Cost per order: (100 + 1,000) / (4 + 6) = 110 (the mean of 25 and 166.67 would be 95.83).
        // Per 1,000 orders: 1,500 × 1,000 / 10 = 150,000.
        var rows = new[] { new Row("A", 1000m, 100m, 4, 10m), new Row("B", 500m, 1000m, 6, 0.5m) };
        var totals = TableTotals.Of(Columns, rows);
        Assert.Null(totals[0]);
        Assert.Equal(1500m, totals[1]);
        Assert.Equal(1100m, totals[2]);
        Assert.Equal(10m, totals[3]);
        Assert.Equal(1500m / 1100m, totals[4]);
        Assert.Equal(1.36m, Math.Round(totals[4]!.Value, 2));
        Assert.NotEqual(5.25m, totals[4]);
        Assert.Equal(110m, totals[5]);
        Assert.Equal(150000m, totals[6]);
    }

    [Fact]
    public void A_ratio_whose_denominators_sum_to_zero_is_undefined()
    {
        // Payout 0 + 0 = 0 and orders 0: ROAS and cost per order are undefined (null, shown "—"), never 0 or infinity.
        var rows = new[] { new Row("A", 300m, 0m, 0, null), new Row("B", 200m, 0m, 0, null) };
        var totals = TableTotals.Of(Columns, rows);
        Assert.Equal(500m, totals[1]);
        Assert.Null(totals[4]);
        Assert.Null(totals[5]);
        Assert.Null(totals[6]);
    }

    [Fact]
    public void The_table_json_carries_the_rules_and_the_all_rows_totals()
    {
        var rows = new[] { new Row("A", 1000m, 100m, 4, 10m), new Row("B", 500m, 1000m, 6, 0.5m) };
        var block = TableJson.Build("t", "T", Columns, rows, null, false, "downloads/t.csv");
        using var json = JsonDocument.Parse(block.Json.Html);
        var columns = json.RootElement.GetProperty("columns");
        Assert.False(columns[0].TryGetProperty("total", out _));
        Assert.Equal("sum", columns[1].GetProperty("total").GetString());
        Assert.Equal("[1,2]", columns[4].GetProperty("total").GetProperty("ratio").GetRawText());
        Assert.True(columns[4].GetProperty("breakEven").GetBoolean());
        Assert.Equal(1000m, columns[6].GetProperty("total").GetProperty("scale").GetDecimal());
        // Totals at the page's precision: 1,500 / 1,100 = 1.363636… → 1.363636 (6 decimals).
        Assert.Equal("[null,1500,1100,10,1.363636,110,150000]", json.RootElement.GetProperty("totals").GetRawText());
    }
}
