using RoiReportGen.Pipeline;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Pipeline;

/// <summary>Exit codes, the untouched output after a failure, and byte-identical rebuilds.</summary>
public sealed class BuildBehaviourTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_good_build_exits_0_and_says_what_it_read_and_wrote_last()
    {
        var data = temp.CopyFixture("handchecked");
        var run = CliRun.Of("build", "--data", data, "--out", temp.Combine("out"));
        Assert.Equal(0, run.ExitCode);
        var last = run.Output.TrimEnd().Split('\n')[^1];
        Assert.Contains("read 3 influencers, 4 posts, 10 tracking rows, 4 payout rows", last, StringComparison.Ordinal);
        Assert.Contains("rejected 1 row; 3 data issues", last, StringComparison.Ordinal);
        Assert.Contains("wrote", last, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_column_exits_2_with_file_line_and_column_and_leaves_the_output_as_it_was()
    {
        var data = temp.CopyFixture("handchecked");
        var output = temp.Combine("out");
        Assert.Equal(0, CliRun.Of("--data", data, "--out", output).ExitCode);
        File.WriteAllText(Path.Combine(output, "marker.txt"), "previous report");
        var before = FolderSnapshot.Of(output);

        var tracking = Path.Combine(data, "tracking_data.csv");
        File.WriteAllLines(tracking, File.ReadAllLines(tracking).Select(l => l[..l.LastIndexOf(',')]));
        var run = CliRun.Of("--data", data, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("tracking_data.csv:1: column 'revenue': required column is missing", run.Error.Trim());
        Assert.Equal(before, FolderSnapshot.Of(output));
        Assert.Empty(Directory.GetDirectories(temp.Path, ".out.*"));
    }

    [Theory]
    [InlineData("data")]
    [InlineData(".")]
    public void An_output_folder_that_holds_the_data_is_refused_and_nothing_is_touched(string output)
    {
        var data = temp.CopyFixture("handchecked");
        var before = FolderSnapshot.Of(temp.Path);
        var run = CliRun.Of("--data", data, "--out", output == "." ? temp.Path : Path.Combine(temp.Path, output));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would replace the data folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(temp.Path));
    }

    [Fact]
    public void A_missing_data_folder_exits_2()
    {
        var run = CliRun.Of("--data", temp.Combine("nowhere"), "--out", temp.Combine("out"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("influencers.csv", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void Strict_turns_row_level_issues_into_exit_1_and_writes_nothing()
    {
        var data = temp.CopyFixture("handchecked");
        var output = temp.Combine("out");
        var run = CliRun.Of("build", "--data", data, "--out", output, "--strict");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tracking_data.csv:7", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Strict_on_clean_data_exits_0()
    {
        var data = temp.CopyFixture("handchecked");
        // Drop the three rows that carry issues (see the fixture's README).
        RemoveLine(Path.Combine(data, "posts.csv"), 5);
        RemoveLine(Path.Combine(data, "tracking_data.csv"), 7);
        RemoveLine(Path.Combine(data, "payouts.csv"), 5);
        var run = CliRun.Of("build", "--data", data, "--out", temp.Combine("out"), "--strict");
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void Validate_prints_every_issue_and_writes_nothing()
    {
        var data = temp.CopyFixture("handchecked");
        var before = FolderSnapshot.Of(temp.Path);
        var run = CliRun.Of("validate", "--data", data);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Output.Split('\n').Count(l => l.Contains(".csv:", StringComparison.Ordinal)));
        Assert.Equal(before, FolderSnapshot.Of(temp.Path));
        Assert.Equal(1, CliRun.Of("validate", "--data", data, "--strict").ExitCode);
    }

    [Fact]
    public void Two_builds_of_the_same_data_are_byte_identical()
    {
        var data = temp.CopyFixture("handchecked");
        Assert.Equal(0, CliRun.Of("--data", data, "--out", temp.Combine("a")).ExitCode);
        Assert.Equal(0, CliRun.Of("--data", data, "--out", temp.Combine("b")).ExitCode);
        var a = FolderSnapshot.Of(temp.Combine("a"));
        Assert.NotEmpty(a);
        Assert.Equal(a, FolderSnapshot.Of(temp.Combine("b")));
    }

    [Fact]
    public void A_rebuild_replaces_the_previous_report_and_keeps_gitkeep()
    {
        var data = temp.CopyFixture("handchecked");
        var output = temp.Combine("out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, ".gitkeep"), "");
        File.WriteAllText(Path.Combine(output, "stale.txt"), "from an older report");
        FolderMarker.Report.WriteInto(output); // an older report this program wrote
        Assert.Equal(0, CliRun.Of("--data", data, "--out", output).ExitCode);
        Assert.True(File.Exists(Path.Combine(output, ".gitkeep")));
        Assert.False(File.Exists(Path.Combine(output, "stale.txt")));
        Assert.True(File.Exists(Path.Combine(output, "downloads", "influencer_summary.csv")));
    }

    private static void RemoveLine(string path, int line) =>
        File.WriteAllLines(path, File.ReadAllLines(path).Where((_, i) => i != line - 1));
}
