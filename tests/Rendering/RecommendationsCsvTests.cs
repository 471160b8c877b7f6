using System.Text;
using RoiReportGen.Metrics.Recommendations;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Tests.Metrics.Recommendations;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Rendering;

/// <summary>Issue 15 item 3: recommendations.csv's header (the scorer reads it by these names) and a row worked by hand.</summary>
public sealed class RecommendationsCsvTests
{
    [Fact]
    public void Header_and_rows_are_the_issues_columns_at_full_precision()
    {
        using var temp = new TempFolder();
        var path = temp.Combine(RecommendationsCsv.FileName);
        var report = RecommendationFixture.Compute();
        CsvTableWriter.Write(path, RecommendationsCsv.Table(report.Options), report.Influencers);

        var lines = Encoding.UTF8.GetString(File.ReadAllBytes(path)).Split("\r\n");
        Assert.Equal(
            "\uFEFFinfluencer_id,name,platform,action,reason,roas,incremental_roas,incremental_roas_low,incremental_roas_high,payout,cost_per_order,what_if_order_basis_payout",
            lines[0]);
        // A (see RecommendationFixture): ROAS 2000/1000 = 2, iROAS 1 (0.8–1.2), payout 1000, CPO 1000/10 = 100, order-paid: no what-if.
        Assert.Equal(
            "A,Name A,Instagram,scale,\"incremental ROAS 1.00 (90%: 0.80–1.20), at or above the target 1.00, and every campaign it sold in shows a measurable lift\",2,1,0.8,1.2,1000,100,",
            lines[1]);
        // H is post-paid: 10 orders × median rate 50 = 500; G's low end is negative and stays so (−1000/1000).
        var csv = CsvDownload.Read(path);
        Assert.Equal("500", csv.Row("influencer_id", "H")["what_if_order_basis_payout"]);
        Assert.Equal("-1", csv.Row("influencer_id", "G")["incremental_roas_low"]);
        // I has no payout: its ratios are empty cells, never 0.
        Assert.Equal(("too early", "", ""), (csv.Row("influencer_id", "I")["action"], csv.Row("influencer_id", "I")["roas"], csv.Row("influencer_id", "I")["incremental_roas"]));
        Assert.Equal(RecommendationActions.All.Count, report.Actions.Count);
    }
}
