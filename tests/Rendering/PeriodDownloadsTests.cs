using RoiReportGen.Data;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Tests.Metrics;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Rendering;

/// <summary>SPEC 3: every platform × period view has its downloads; All time keeps its paths.</summary>
public sealed class PeriodDownloadsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "roi-period-downloads-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void EveryViewOfEveryPeriodIsWrittenWhereRelativeFolderSays()
    {
        // Instagram sells in March and April 2025; YouTube is paid in April only.
        var model = new DataBuilder()
            .Influencer("I1", "Instagram")
            .Influencer("I2", "YouTube")
            .SaleOn(new DateOnly(2025, 3, 31), "C1", "I1", "Whey", 2, 1000m)
            .SaleOn(new DateOnly(2025, 4, 1), "C1", "I1", "Whey", 1, 600m)
            .PayOn(new DateOnly(2025, 4, 20), "I2", 250m, "C2", PayoutBasis.Post)
            .Report();

        var written = DownloadsWriter.Write(root, model, ViewSlugs.Assign(model.Views));

        // 5 periods (All time, 2 quarters, 2 months) × 3 views (all, instagram, youtube) × 6 files (five summaries,
        // recommendations), and data_issues.csv once per view of All time (issues are about the files, not a period).
        Assert.Equal((5 * 3 * 6) + 3, written);
        Assert.True(File.Exists(Path.Combine(root, "downloads", "campaign_summary.csv")));
        Assert.True(File.Exists(Path.Combine(root, "downloads", "youtube", "payout_summary.csv")));
        foreach (var period in model.Periods)
        {
            foreach (var slug in new[] { "all", "instagram", "youtube" })
            {
                var folder = Path.Combine(root, DownloadsWriter.RelativeFolder(slug, period.Period.Slug));
                Assert.All(DownloadsWriter.FileNames, name => Assert.True(File.Exists(Path.Combine(root, DownloadsWriter.PathOf(slug, period.Period.Slug, name))), $"{folder}/{name}"));
                Assert.Equal(period.Period.IsAllTime, File.Exists(Path.Combine(folder, "data_issues.csv")));
            }
        }

        // The month's rows, not All time's: Instagram's March has 1000 revenue, YouTube's April the 250 paid on 20 Apr.
        var march = CsvDownload.Read(Path.Combine(root, "downloads", "instagram", "2025-03", "influencer_summary.csv"));
        Assert.Equal("1000", Assert.Single(march.Rows)["revenue"]);
        var april = CsvDownload.Read(Path.Combine(root, "downloads", "youtube", "fy2025-26-q1", "payout_summary.csv"));
        Assert.Equal("250", april.Rows.Single(r => r["basis"] == "post")["payout"]);
        // A view without activity in the period lists no influencer.
        Assert.Empty(CsvDownload.Read(Path.Combine(root, "downloads", "youtube", "2025-03", "influencer_summary.csv")).Rows);
        Assert.Equal(["all", "fy2024-25-q4", "fy2025-26-q1", "2025-03", "2025-04"], model.Periods.Select(p => p.Period.Slug));
        Assert.Equal(PeriodKind.AllTime, model.Periods[0].Period.Kind);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
