using System.Globalization;
using System.Text.RegularExpressions;
using RoiReportGen.Diagnostics;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Diagnostics;

/// <summary>`--timings`: one machine-readable line per stage on stderr, after everything else the command printed.</summary>
public sealed partial class TimingsTests
{
    // timing<TAB>stage<TAB>milliseconds with one decimal<TAB>bytes or nothing<TAB>methods JIT-compiled<TAB>JIT ms with one decimal
    [GeneratedRegex(@"^timing\t(?<stage>[^\t]+)\t(?<ms>\d+\.\d)\t(?<bytes>\d*)\t(?<jit>\d+)\t(?<jitms>\d+\.\d)$")]
    private static partial Regex TimingLine();

    private static List<(string Stage, double Ms, string Bytes, long Jitted)> Timings(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var first = lines.FindIndex(l => l.StartsWith("timing", StringComparison.Ordinal));
        Assert.True(first >= 0, error);
        // Every line from the first timing line on is one: nothing else is printed after them.
        return lines.Skip(first).Select(l =>
        {
            var m = TimingLine().Match(l);
            Assert.True(m.Success, $"not a timing line: {l}");
            return (m.Groups["stage"].Value, double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture), m.Groups["bytes"].Value,
                long.Parse(m.Groups["jit"].Value, CultureInfo.InvariantCulture));
        }).ToList();
    }

    [Fact]
    public void Build_prints_every_stage_with_the_tracking_file_size_and_a_total_last()
    {
        using var temp = new TempFolder();
        var data = temp.CopyFixture("handchecked");
        var run = CliRun.Of("build", "--data", data, "--out", temp.Combine("site"), "--timings");
        Assert.Equal(0, run.ExitCode);

        var timings = Timings(run.Error);
        Assert.Equal(
            ["read influencers.csv", "read posts.csv", "read tracking.csv", "read payouts.csv", "payout check", "metrics", "periods", "entities", "downloads", "workbook", "views", "pages", "total"],
            timings.Select(t => t.Stage));
        foreach (var (file, stage) in new[] { ("influencers.csv", "read influencers.csv"), ("posts.csv", "read posts.csv"), ("tracking_data.csv", "read tracking.csv"), ("payouts.csv", "read payouts.csv") })
        {
            Assert.Equal(new FileInfo(Path.Combine(data, file)).Length.ToString(CultureInfo.InvariantCulture), timings.Single(t => t.Stage == stage).Bytes);
        }

        Assert.All(timings.Where(t => !t.Stage.StartsWith("read ", StringComparison.Ordinal)), t => Assert.Equal("", t.Bytes));
        // The total holds every stage (they run one after another), so no stage is longer.
        Assert.All(timings, t => Assert.True(t.Ms <= timings[^1].Ms, $"{t.Stage} {t.Ms} > total {timings[^1].Ms}"));
        // JIT counts are process-wide and only grow: a stage, inside the total, holds no more than it (the site's writers
        // run two at a time, so their counts may overlap and are not summed).
        Assert.All(timings, t => Assert.True(t.Jitted <= timings[^1].Jitted, string.Join("; ", timings)));
    }

    [Fact]
    public void Zip_is_a_stage_when_asked()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("build", "--data", temp.CopyFixture("handchecked"), "--out", temp.Combine("site"), "--zip", "--timings");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["pages", "zip", "total"], Timings(run.Error).Select(t => t.Stage).TakeLast(3));
    }

    [Fact]
    public void Validate_times_the_reads()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("validate", "--data", temp.CopyFixture("handchecked"), "--timings");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["read influencers.csv", "read posts.csv", "read tracking.csv", "read payouts.csv", "payout check", "total"],
            Timings(run.Error).Select(t => t.Stage));
    }

    [Fact]
    public void Without_the_flag_nothing_is_printed()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("validate", "--data", temp.CopyFixture("handchecked"));
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("timing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_has_one_decimal_and_an_empty_size_when_no_file_was_read()
    {
        var timings = new StageTimings();
        timings.Add(new StageTiming("read tracking.csv", TimeSpan.FromTicks(12_345_678).TotalMilliseconds, 99_000_000)); // 12,345,678 ticks = 1234.5678 ms
        timings.Add(new StageTiming("views", TimeSpan.FromMilliseconds(0.04).TotalMilliseconds, null));
        using var writer = new StringWriter();
        timings.WriteTo(writer);

        Assert.Equal("timing\tread tracking.csv\t1234.6\t99000000\t0\t0.0\ntiming\tviews\t0.0\t\t0\t0.0\n", writer.ToString().ReplaceLineEndings("\n"));
    }
}
