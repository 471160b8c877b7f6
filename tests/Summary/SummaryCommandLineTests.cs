using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Summary;

/// <summary>`build --summary-md FILE [--compare-data DIR]` on the command line.</summary>
public sealed class SummaryCommandLineTests : IDisposable
{
    private readonly SummaryRun run = new("handchecked");

    public void Dispose() => run.Dispose();

    [Fact]
    public void Summary_md_writes_the_file_beside_the_site()
    {
        var result = run.Build("--zip");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("## Influencer marketing ROI report\n", File.ReadAllText(run.SummaryPath), StringComparison.Ordinal);
        Assert.True(File.Exists(run.Temp.Combine("site", "report.zip")));
    }

    [Fact]
    public void Summary_md_creates_its_folder()
    {
        var path = run.Temp.Combine("new", "folder", "summary.md");
        var result = CliRun.Of("build", "--data", run.Data, "--out", run.Temp.Combine("site"), "--summary-md", path);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void A_fatal_error_writes_no_summary()
    {
        File.Delete(Path.Combine(run.Data, "payouts.csv"));
        var result = run.Build();
        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(run.SummaryPath));
        Assert.False(Directory.Exists(run.Temp.Combine("site")));
    }

    [Fact]
    public void Strict_with_data_issues_writes_no_summary()
    {
        Assert.Equal(1, run.Build("--strict").ExitCode);
        Assert.False(File.Exists(run.SummaryPath));
    }

    [Fact]
    public void Comparison_data_that_cannot_be_loaded_is_fatal_and_writes_nothing()
    {
        var result = run.Build("--compare-data", run.Temp.Combine("no-such-folder"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--compare-data", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(run.SummaryPath));
        Assert.False(Directory.Exists(run.Temp.Combine("site")));
    }

    [Fact]
    public void Compare_data_without_summary_md_is_a_usage_error()
    {
        var result = CliRun.Of("build", "--data", run.Data, "--out", run.Temp.Combine("site"), "--compare-data", run.Data);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--compare-data needs --summary-md", result.Error, StringComparison.Ordinal);
    }
}
