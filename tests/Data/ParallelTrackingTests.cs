using System.Text;
using RoiReportGen.Data;
using RoiReportGen.Simulation;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

/// <summary>Reading tracking_data.csv on several threads gives exactly what reading it on one thread gives.</summary>
public sealed class ParallelTrackingTests
{
    private static readonly TrackingReadOptions OneThread = new(long.MaxValue, 1);

    // Every kind of row the loader treats differently; the numbers make each copy's sums differ.
    private static readonly string[] Rows =
    [
        "2025-01-01,organic,,,u1,MB,Whey,1,100.25",
        "02/01/2025,,C1,I1,u2,,Bar,2,20",
        "03-01-2025,instagram,C2,I2,u3,HK,\"Whey\r\n2kg\",3,30.5",
        "2025-13-01,,C1,I1,,MB,Whey,1,1",
        ",,C1,I1,,MB,Whey,1,1",
        "2025-01-01,,,I1,,MB,Whey,1,1",
        "2025-01-01,instagram,C1,,,MB,Whey,1,1",
        "2025-01-01,,C1,I9,,MB,Whey,1,1",
        "2025-01-01,,C1,I1,,MB,,1,1",
        "2025-01-01,,C1,I1,,MB,Whey,-1,1",
        "2025-01-01,,C1,I1,,MB,Whey,1.0,1",
        "2025-01-01,,C1,I1,,MB,Whey,9999999999999,1",
        "2025-01-01,,C1,I1,,MB,Whey,1,\"12,5O0\"",
        "2025-01-01,,C1,I1,,MB,Whey,1,-3.5",
        "2025-01-01,,C1,I1,,MB,Whey,1,1e309",
        "2025-01-01,,C1,I1,,MB,Whey,1,123456789012345678901234567890",
        "2025-01-01,,C1,I1,,MB,Whey,1,",
        "2025-01-01,,C1,I1,,MB,Whey,1,1,extra,values",
        "2025-01-01,,C1,I1,,MB,Whey,1,1,,",
        "",
        "  2025-01-02 , Organic ,,, u4 , MB , Whey , 4 , 0.00005 ",
    ];

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void EveryKindOfRowGivesTheSameDataSet(int workers)
    {
        // About 5 MB with a BOM and CRLF: many of CsvHelper's parallel batches.
        var text = new StringBuilder("\uFEFF" + TrackingHeader + "\r\n");
        for (var i = 0; text.Length < 5_000_000; i++)
        {
            var row = Rows[i % Rows.Length];
            text.Append(i % 7 == 0 ? row.Replace(",1,1", $",{i % 5},{i % 11}.{i % 97}", StringComparison.Ordinal) : row).Append("\r\n");
        }

        using var folder = new TempDataFolder();
        folder.WriteBytes("tracking_data.csv", Encoding.UTF8.GetBytes(text.ToString()));

        var (sequential, parallel) = LoadBothWays(folder.Path, workers);

        Assert.True(sequential.Issues.Count > 100_000);
        Assert.True(sequential.Tracking.Count > 1);
        // A line break may only be in a caption (issue 11, item 9): the quoted two-line product is excluded, on every thread.
        Assert.Contains(sequential.Issues, i => i.Reason.Contains("product cannot hold a line break", StringComparison.Ordinal));
    }

    [Fact]
    public void ASimulatedDataSetGivesTheSameDataSet()
    {
        using var folder = new TempDataFolder();
        DataSetSimulator.Write(folder.Path, new SimulationOptions(Influencers: 200, TrackingRows: 200_000));

        var (sequential, _) = LoadBothWays(folder.Path, 2);

        Assert.True(sequential.Tracking.Sum(t => t.Rows) > 150_000);
    }

    [Theory]
    [InlineData("2025-01-01,organic,,,,\"MB,Whey,1,100\n", "tracking_data.csv:{0}: a record is longer than 4 MB: is a quote left open?")]
    [InlineData("2025-01-01,organic,,,,\"MB,Whey,1,100\n2025-01-01,organic,,,,MB,Whey,1,100\n", "tracking_data.csv:{0}: a quoted value opened on this line is never closed")]
    public void MalformedInputFailsTheSameWay(string bad, string expected)
    {
        var good = string.Concat(Enumerable.Repeat("2025-01-01,organic,,,,MB,Whey,1,100\n", 100_000));
        var filler = expected.Contains("4 MB", StringComparison.Ordinal) ? string.Concat(Enumerable.Repeat("2025-01-01,organic,,,,MB,Whey,1,100\n", 300_000)) : "";
        using var folder = new TempDataFolder(tracking: TrackingHeader + "\n" + good + bad + filler);

        var sequential = Assert.Throws<InputFileException>(() => DataSetLoader.Load(folder.Path, null, OneThread));
        var parallel = Assert.Throws<InputFileException>(() => DataSetLoader.Load(folder.Path, null, new TrackingReadOptions(0, 2)));

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, 100_002), sequential.Message);
        Assert.Equal(sequential.Message, parallel.Message);
    }

    [Fact]
    public void InvalidUtf8IsReadTheSameWay()
    {
        var rows = Enumerable.Range(0, 100_000).SelectMany(i => i % 1000 == 0
            ? [.. "2025-01-01,,C1,I"u8, 0xFF, 0xC3, .. ",,MB,Whey,1,1\n"u8]
            : "2025-01-01,,C1,I1,,M\xC3\xA9,Whey,1,1\n"u8.ToArray());
        using var folder = new TempDataFolder();
        folder.WriteBytes("tracking_data.csv", [.. Encoding.UTF8.GetBytes(TrackingHeader + "\n"), .. rows]);

        var (sequential, _) = LoadBothWays(folder.Path, 2);

        Assert.Equal(100, sequential.Issues.Count);
        Assert.Equal("I\uFFFD\uFFFD", sequential.Issues[0].Value);
    }

    // Loads the folder on one thread and on several, asserts the two data sets and progress reports are equal.
    private static (DataSet Sequential, DataSet Parallel) LoadBothWays(string folder, int workers)
    {
        var sequentialProgress = new List<long>();
        var parallelProgress = new List<long>();
        var sequential = DataSetLoader.Load(folder, new SyncProgress(sequentialProgress.Add), OneThread);
        var parallel = DataSetLoader.Load(folder, new SyncProgress(parallelProgress.Add), new TrackingReadOptions(0, workers));

        DataSetAssert.Equal(sequential, parallel);
        Assert.Equal(sequentialProgress, parallelProgress);
        Assert.NotEmpty(sequentialProgress);
        return (sequential, parallel);
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
