using System.Collections.Concurrent;
using RoiReportGen.Rendering;

namespace RoiReportGen.Tests.Rendering;

/// <summary>The site's files are written on every core; the count and a failure read as from a plain loop.</summary>
public sealed class ParallelFilesTests
{
    [Fact]
    public void Every_item_runs_once_and_the_files_they_wrote_are_added_up()
    {
        var seen = new ConcurrentBag<int>();

        // Items 1..20 each "write" as many files as their number: 1 + 2 + ... + 20 = 20 × 21 / 2 = 210.
        var files = ParallelFiles.Write(Enumerable.Range(1, 20), i =>
        {
            seen.Add(i);
            return i;
        });

        Assert.Equal(210, files);
        Assert.Equal(Enumerable.Range(1, 20), seen.Order());
    }

    [Fact]
    public void A_failed_write_surfaces_as_its_own_exception_not_an_AggregateException()
    {
        // The build reports an IOException as "cannot write the output folder"; PLINQ would wrap it.
        var error = Assert.Throws<IOException>(() => ParallelFiles.Write(Enumerable.Range(1, 8), i =>
            i == 5 ? throw new IOException("disk full at item 5") : 1));

        Assert.Equal("disk full at item 5", error.Message);
    }

    [Fact]
    public void Writers_together_all_run_and_a_failure_surfaces_only_once_the_other_has_finished()
    {
        // The other writer is still busy when the first fails: the failure must wait for it, or it would go on
        // writing into a folder the build is about to remove.
        using var started = new ManualResetEventSlim();
        var finished = false;
        var error = Assert.Throws<IOException>(() => ParallelFiles.Together(
            () =>
            {
                started.Wait(TimeSpan.FromSeconds(10));
                throw new IOException("disk full in downloads");
            },
            () =>
            {
                started.Set();
                Thread.Sleep(200);
                finished = true;
            }));

        Assert.Equal("disk full in downloads", error.Message);
        Assert.True(finished);
    }
}
