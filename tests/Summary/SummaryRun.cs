using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Summary;

/// <summary>`build --summary-md` run by the real command line on a copy of a fixture, with the summary read back (LF).</summary>
public sealed class SummaryRun : IDisposable
{
    private readonly TempFolder temp = new();

    public SummaryRun(string fixture)
    {
        try
        {
            Data = temp.CopyFixture(fixture);
        }
        catch
        {
            temp.Dispose();
            throw;
        }
    }

    public string Data { get; }

    public TempFolder Temp => temp;

    public string SummaryPath => temp.Combine("summary.md");

    /// <summary>Builds into a fresh site folder and returns the exit code and what was printed.</summary>
    public CliRun Build(params string[] extraArgs) =>
        CliRun.Of(["build", "--data", Data, "--out", temp.Combine("site"), "--summary-md", SummaryPath, .. extraArgs]);

    /// <summary>Builds, requires success, and returns the summary text.</summary>
    public string Markdown(params string[] extraArgs)
    {
        var run = Build(extraArgs);
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllText(SummaryPath).ReplaceLineEndings("\n");
    }

    public void Dispose() => temp.Dispose();
}
