using System.Diagnostics;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Pipeline;

/// <summary>
/// Issue 11, item 14: only regular files in the data folder are read. A FIFO, a device, a folder or a link to a file
/// outside the data folder is fatal (exit 2, one line naming the file) and leaves the previous report as it was.
/// </summary>
public sealed class InputFileKindTests : IDisposable
{
    // A build that blocks on a FIFO never ends: the test fails after this long instead of hanging.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_fifo_as_posts_csv_exits_2_promptly_and_leaves_the_output_alone()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var data = temp.CopyFixture("handchecked");
        var posts = Path.Combine(data, "posts.csv");
        File.Delete(posts);
        using (var mkfifo = Process.Start("mkfifo", [posts]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var run = RunWithin(posts, "--data", data, "--out", PreviousReport(out var before));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("posts.csv:0: is not a regular file (a FIFO): only regular files are read", run.Error.Trim());
        Assert.Equal(before, FolderSnapshot.Of(temp.Combine("out")));
    }

    [Fact]
    public void A_device_as_a_data_file_is_refused()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var data = temp.CopyFixture("handchecked");
        var payouts = Path.Combine(data, "payouts.csv");
        File.Delete(payouts);
        File.CreateSymbolicLink(payouts, "/dev/zero");

        // /dev/zero is outside the data folder: the link is refused before its kind matters.
        var run = RunWithin(null, "validate", "--data", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("payouts.csv:0: is a link to a file outside the data folder: only regular files in the data folder are read", run.Error.Trim());
    }

    [Fact]
    public void A_folder_named_like_a_data_file_is_refused()
    {
        var data = temp.CopyFixture("handchecked");
        File.Delete(Path.Combine(data, "tracking_data.csv"));
        Directory.CreateDirectory(Path.Combine(data, "tracking_data.csv"));

        var run = RunWithin(null, "--data", data, "--out", PreviousReport(out var before));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("tracking_data.csv:0: is not a regular file (a directory): only regular files are read", run.Error.Trim());
        Assert.Equal(before, FolderSnapshot.Of(temp.Combine("out")));
    }

    [Fact]
    public void A_link_to_a_file_outside_the_data_folder_is_refused()
    {
        var data = temp.CopyFixture("handchecked");
        var secret = temp.Combine("secret.csv");
        File.Move(Path.Combine(data, "influencers.csv"), secret);
        File.CreateSymbolicLink(Path.Combine(data, "influencers.csv"), secret);

        var run = RunWithin(null, "--data", data, "--out", PreviousReport(out var before));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("influencers.csv:0: is a link to a file outside the data folder: only regular files in the data folder are read", run.Error.Trim());
        Assert.Equal(before, FolderSnapshot.Of(temp.Combine("out")));
    }

    [Fact]
    public void A_relative_link_that_climbs_out_of_the_data_folder_is_refused()
    {
        var data = temp.CopyFixture("handchecked");
        var nested = Path.Combine(data, "old");
        Directory.CreateDirectory(nested);
        File.Move(Path.Combine(data, "posts.csv"), temp.Combine("posts-elsewhere.csv"));
        File.CreateSymbolicLink(Path.Combine(data, "posts.csv"), "old/../../posts-elsewhere.csv");

        var run = RunWithin(null, "validate", "--data", data);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("posts.csv:0: is a link to a file outside the data folder", run.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_regular_file_inside_the_data_folder_is_read()
    {
        var data = temp.CopyFixture("handchecked");
        var archive = Path.Combine(data, "archive");
        Directory.CreateDirectory(archive);
        File.Move(Path.Combine(data, "posts.csv"), Path.Combine(archive, "posts-2025.csv"));
        File.CreateSymbolicLink(Path.Combine(data, "posts.csv"), "archive/posts-2025.csv");

        // The data folder itself may be reached through a link too: the check compares resolved paths.
        var dataLink = temp.Combine("datalink");
        Directory.CreateSymbolicLink(dataLink, data);
        var run = RunWithin(null, "validate", "--data", dataLink);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("read 3 influencers, 4 posts", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_link_is_named()
    {
        var data = temp.CopyFixture("handchecked");
        File.Delete(Path.Combine(data, "posts.csv"));
        File.CreateSymbolicLink(Path.Combine(data, "posts.csv"), "gone.csv");

        var run = RunWithin(null, "validate", "--data", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("posts.csv:0: is a link to 'gone.csv', which does not exist", run.Error.Trim());
    }

    // A good build into "out", then a marker: the snapshot a failed build must leave alone.
    private string PreviousReport(out SortedDictionary<string, string> snapshot)
    {
        var output = temp.Combine("out");
        Assert.Equal(0, CliRun.Of("--data", temp.CopyFixture("handchecked", "good"), "--out", output).ExitCode);
        File.WriteAllText(Path.Combine(output, "marker.txt"), "previous report");
        snapshot = FolderSnapshot.Of(output);
        return output;
    }

    // Runs the command line on another thread; when it blocks (on a FIFO), a writer that opens and closes the FIFO
    // lets it go on, and the test fails rather than hang.
    private static CliRun RunWithin(string? fifo, params string[] args)
    {
        var run = Task.Run(() => CliRun.Of(args));
        if (run.Wait(Patience))
        {
            return run.Result;
        }

        if (fifo is not null)
        {
            File.WriteAllText(fifo, "");
        }

        Assert.Fail($"the command did not end within {Patience.TotalSeconds} s (it blocked on opening the file)");
        return run.Result;
    }
}
