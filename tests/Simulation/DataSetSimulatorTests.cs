using RoiReportGen.Simulation;

namespace RoiReportGen.Tests.Simulation;

public sealed class DataSetSimulatorTests
{
    private static readonly string[] Files =
        [DataSetSimulator.InfluencersFile, DataSetSimulator.PostsFile, DataSetSimulator.TrackingFile, DataSetSimulator.PayoutsFile, DataSetSimulator.TruthFile,
        DataSetSimulator.InfluencerTruthFile];

    [Fact]
    public void SameOptionsGiveByteIdenticalFiles()
    {
        var options = new SimulationOptions(Influencers: 40, TrackingRows: 3000, Seed: 7);
        using var first = new SimulatedFiles(options);
        using var second = new SimulatedFiles(options);

        foreach (var file in Files)
        {
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(first.Directory, file)),
                File.ReadAllBytes(Path.Combine(second.Directory, file)));
        }
    }

    [Fact]
    public void DifferentSeedsGiveDifferentFiles()
    {
        using var first = new SimulatedFiles(new SimulationOptions(Influencers: 40, TrackingRows: 3000, Seed: 7));
        using var second = new SimulatedFiles(new SimulationOptions(Influencers: 40, TrackingRows: 3000, Seed: 8));

        foreach (var file in Files)
        {
            Assert.NotEqual(
                File.ReadAllBytes(Path.Combine(first.Directory, file)),
                File.ReadAllBytes(Path.Combine(second.Directory, file)));
        }
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 1)]
    [InlineData(60, 777)]
    [InlineData(300, 12_345)]
    public void TrackingRowsAreHonouredExactlyAndCountsMatchTheFiles(int influencers, long trackingRows)
    {
        using var files = new SimulatedFiles(new SimulationOptions(Influencers: influencers, TrackingRows: trackingRows));

        Assert.Equal(trackingRows, files.Tracking.Rows.Count);
        Assert.Equal(new SimulationResult(influencers, files.Posts.Rows.Count, trackingRows, files.Payouts.Rows.Count), files.Result with { Truth = null });
    }

    [Fact]
    public void HeadersAreExactlyThoseOfTheSpec()
    {
        using var files = new SimulatedFiles(new SimulationOptions(Influencers: 10, TrackingRows: 10));

        Assert.Equal(["influencer_id", "name", "platform", "category", "gender", "follower_count"], files.Influencers.Header);
        Assert.Equal(["post_id", "influencer_id", "platform", "date", "url", "caption", "reach", "likes", "comments"], files.Posts.Header);
        Assert.Equal(["date", "source", "campaign", "influencer_id", "user_id", "brand", "product", "orders", "revenue"], files.Tracking.Header);
        Assert.Equal(["influencer_id", "campaign", "basis", "rate", "orders", "total_payout", "date"], files.Payouts.Header);
        Assert.Equal(["campaign", "true_incremental_revenue", "payout", "true_iroas"], files.Truth.Header);
    }

    [Fact]
    public void StreamsTrackingRowsWithoutAllocatingPerRow()
    {
        // Allocation, not wall time or working set, is the stable signal of streaming: the
        // difference between a small and a larger run must be near zero bytes per row.
        var directory = Path.Combine(Path.GetTempPath(), "roi-sim-" + Guid.NewGuid().ToString("N"));
        try
        {
            DataSetSimulator.Write(directory, new SimulationOptions(TrackingRows: 20_000));
            var before = GC.GetAllocatedBytesForCurrentThread();
            DataSetSimulator.Write(directory, new SimulationOptions(TrackingRows: 20_000));
            var small = GC.GetAllocatedBytesForCurrentThread() - before;

            before = GC.GetAllocatedBytesForCurrentThread();
            var reports = new List<long>();
            DataSetSimulator.Write(directory, new SimulationOptions(TrackingRows: 300_000), new InlineProgress(reports.Add));
            var large = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True((large - small) / 280_000.0 < 8, $"{large - small} bytes allocated for 280,000 extra rows");
            Assert.Equal(300_000, reports[^1]);
            Assert.Equal(reports.Order(), reports);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void RejectsImpossibleOptions()
    {
        var directory = Path.Combine(Path.GetTempPath(), "roi-sim-never-written");
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSetSimulator.Write(directory, new SimulationOptions(Influencers: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSetSimulator.Write(directory, new SimulationOptions(TrackingRows: -1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSetSimulator.Write(directory, new SimulationOptions(Months: 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSetSimulator.Write(directory, new SimulationOptions(OrganicShare: 1.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSetSimulator.Write(directory, new SimulationOptions(Overlap: 1.1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSetSimulator.Write(directory, new SimulationOptions(Cannibalisation: -0.1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSetSimulator.Write(directory, new SimulationOptions(Noise: double.NaN)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSetSimulator.Write(directory, new SimulationOptions(Trend: 5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSetSimulator.Write(directory, new SimulationOptions(Halo: 4.5)));
        Assert.False(Directory.Exists(directory));
    }

    /// <summary>Reports synchronously on the calling thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class InlineProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
