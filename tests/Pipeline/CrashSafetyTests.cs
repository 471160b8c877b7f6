using System.Diagnostics;
using RoiReportGen.Tests.Support;
using Xunit.Abstractions;

namespace RoiReportGen.Tests.Pipeline;

/// <summary>
/// A build killed (SIGKILL) at any moment leaves the output folder either the complete previous
/// report or the complete new one, never a mix: the new site is written into a staging folder and
/// swapped in with one rename.
/// </summary>
[Collection(LongestFirst.Prefix + "crash safety")] // 50 builds killed: start it first
public sealed class CrashSafetyTests(ITestOutputHelper log) : IDisposable
{
    private const int Kills = 50;
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Fifty_kills_during_a_build_each_leave_the_previous_or_the_new_report_whole()
    {
        var oldData = temp.CopyFixture("handchecked", "old-data");
        var newData = temp.CopyFixture("handchecked", "new-data");
        // The new data differs from the old in one revenue figure, so the two reports differ.
        var tracking = Path.Combine(newData, "tracking_data.csv");
        File.WriteAllText(tracking, File.ReadAllText(tracking).Replace(",1,1500", ",1,1600", StringComparison.Ordinal));

        var pristine = temp.Combine("previous");
        var fresh = temp.Combine("fresh");
        Assert.Equal(0, Generator(oldData, pristine, kill: null).ExitCode);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, Generator(newData, fresh, kill: null).ExitCode);
        var duration = clock.Elapsed;
        var previous = FolderSnapshot.Of(pristine);
        var complete = FolderSnapshot.Of(fresh);
        Assert.NotEqual(previous, complete);

        var output = temp.Combine("out");
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal) { ["previous"] = 0, ["new"] = 0 };
        for (var i = 0; i < Kills; i++)
        {
            Restore(pristine, output);
            // Spread the kills from process start to a little past the measured build time.
            var delay = TimeSpan.FromMilliseconds(duration.TotalMilliseconds * 1.2 * i / Kills);
            Generator(newData, output, kill: delay);

            var now = FolderSnapshot.Of(output);
            if (now.SequenceEqual(previous))
            {
                outcomes["previous"]++;
            }
            else if (now.SequenceEqual(complete))
            {
                outcomes["new"]++;
            }
            else
            {
                Assert.Fail($"kill {i} after {delay.TotalMilliseconds:0} ms left a mixed output folder ({now.Count} files)");
            }
        }

        log.WriteLine($"{Kills} kills over {duration.TotalMilliseconds * 1.2:0} ms: previous report {outcomes["previous"]}, new report {outcomes["new"]}");
    }

    [Fact]
    public void A_build_that_cannot_write_its_output_exits_2_with_a_clear_message()
    {
        var data = temp.CopyFixture("handchecked");
        // /proc takes no new folders, even for root (file permissions would not stop root).
        var run = CliRun.Of("build", "--data", data, "--out", "/proc/roireportgen-test/out");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cannot write the output folder '/proc/roireportgen-test/out'", run.Error.Split('\n')[^2], StringComparison.Ordinal);
    }

    private static (int ExitCode, string Error) Generator(string data, string output, TimeSpan? kill)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "RoiReportGen.dll"), "build", "--data", data, "--out", output, "--zip" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (kill is { } delay && !process.WaitForExit(delay))
        {
            process.Kill(); // SIGKILL: no finally blocks, no cleanup
        }

        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    private static void Restore(string pristine, string output)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        foreach (var file in Directory.GetFiles(pristine, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(output, Path.GetRelativePath(pristine, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

}
