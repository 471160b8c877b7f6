using RoiReportGen.Pipeline;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Pipeline;

/// <summary>
/// What a run may overwrite besides its own report: `simulate --out` follows `build --out`'s rule (a missing or empty
/// folder, or one it wrote), files a user left in a report folder are named when they go (a GitHub Pages checkout's
/// CNAME, .nojekyll and .git stay), and `--summary-md` never writes into the data, through a link or into a staging folder.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // symbolic links of Linux
public sealed class FolderOwnershipTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Simulate_refuses_a_folder_of_someone_s_data_and_a_report_and_changes_nothing()
    {
        var data = temp.CopyFixture("handchecked");
        var report = temp.Combine("site");
        Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", report).ExitCode);
        var before = FolderSnapshot.Of(temp.Path);

        foreach (var folder in new[] { data, report })
        {
            var run = CliRun.Of("simulate", "--out", folder, "--influencers", "5", "--tracking-rows", "200");
            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.Error.Trim().Split('\n'));
            Assert.Contains($"--out '{folder}' is not a data set this program wrote (it has no .roisimulated file)", line, StringComparison.Ordinal);
        }

        Assert.Equal(before, FolderSnapshot.Of(temp.Path));
    }

    [Fact]
    public void Simulate_writes_a_new_folder_and_replaces_only_its_own()
    {
        var folder = temp.Combine("sim");
        Assert.Equal(0, CliRun.Of("simulate", "--out", folder, "--influencers", "5", "--tracking-rows", "200").ExitCode);
        Assert.True(FolderMarker.SimulatedData.IsIn(folder));
        Assert.Contains("tracking_data.csv", FolderMarker.SimulatedData.Written(folder)!);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var again = CliRun.Of("simulate", "--out", folder, "--influencers", "5", "--tracking-rows", "300");

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("warning: ", again.Error, StringComparison.Ordinal);
        Assert.Contains("notes.txt", again.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "notes.txt")));
        Assert.Equal(301, File.ReadAllLines(Path.Combine(folder, "tracking_data.csv")).Length);
        Assert.Empty(Directory.GetDirectories(temp.Path, ".sim.*"));
    }

    [Fact]
    public void A_rebuild_names_the_user_files_it_removes_and_keeps_cname_nojekyll_and_git()
    {
        var data = temp.CopyFixture("handchecked");
        var site = temp.Combine("site");
        Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", site).ExitCode);
        File.WriteAllText(Path.Combine(site, "CNAME"), "report.example.com\n");
        File.WriteAllText(Path.Combine(site, ".nojekyll"), "");
        Directory.CreateDirectory(Path.Combine(site, ".git", "refs"));
        File.WriteAllText(Path.Combine(site, ".git", "HEAD"), "ref: refs/heads/gh-pages\n");
        File.WriteAllText(Path.Combine(site, "notes.txt"), "draft");
        Directory.CreateDirectory(Path.Combine(site, "downloads", "mine"));
        File.WriteAllText(Path.Combine(site, "downloads", "mine", "extra.csv"), "a,b");

        var run = CliRun.Of("build", "--data", data, "--out", site);

        Assert.True(run.ExitCode == 0, run.Error);
        var warning = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("warning: ", StringComparison.Ordinal));
        Assert.Contains("held 2 files that the last run did not write", warning, StringComparison.Ordinal);
        Assert.Contains("downloads/mine/extra.csv, notes.txt", warning, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site, "notes.txt")));
        Assert.Equal("report.example.com\n", File.ReadAllText(Path.Combine(site, "CNAME")));
        Assert.True(File.Exists(Path.Combine(site, ".nojekyll")));
        Assert.Equal("ref: refs/heads/gh-pages\n", File.ReadAllText(Path.Combine(site, ".git", "HEAD")));
        Assert.True(Directory.Exists(Path.Combine(site, ".git", "refs")));

        // A third build removes nothing more and says nothing.
        var third = CliRun.Of("build", "--data", data, "--out", site);
        Assert.DoesNotContain("warning: ", third.Error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(site, ".git", "refs")));
    }

    [Fact]
    public void The_summary_is_never_written_into_the_data_through_a_link_or_into_a_staging_folder()
    {
        var data = temp.CopyFixture("handchecked");
        var outside = temp.Combine("outside.md");
        File.WriteAllText(outside, "keep");
        File.CreateSymbolicLink(temp.Combine("link.md"), outside);
        Directory.CreateDirectory(temp.Combine(".site.building-1-abcd"));
        var before = FolderSnapshot.Of(temp.Path);

        (string Target, string Message)[] cases =
        [
            (Path.Combine(data, "tracking_data.csv"), "is inside the data folder"),
            (Path.Combine(data, "summary.md"), "is inside the data folder"),
            (temp.Combine("link.md"), "is a symbolic link"),
            (temp.Combine(".site.building-1-abcd", "summary.md"), "is inside a folder where a build stages or parks a report"),
            (temp.Path, "is not a regular file"),
        ];
        foreach (var (target, message) in cases)
        {
            var run = CliRun.Of("build", "--data", data, "--out", temp.Combine("site"), "--summary-md", target);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"--summary-md '{target}' {message}", Assert.Single(run.Error.Trim().Split('\n')), StringComparison.Ordinal);
        }

        Assert.Equal(before, FolderSnapshot.Of(temp.Path));
    }

    [Fact]
    public void The_summary_replaces_a_file_whole_and_inside_the_report_is_one_of_its_files()
    {
        var data = temp.CopyFixture("handchecked");
        var summary = temp.Combine("summary.md");
        File.WriteAllText(summary, "old summary");
        var site = temp.Combine("site");

        Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", site, "--summary-md", summary).ExitCode);
        Assert.StartsWith("#", File.ReadAllText(summary), StringComparison.Ordinal);
        Assert.Equal(["data", "site", "summary.md"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var inside = Path.Combine(site, "summary.md");
        Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", site, "--summary-md", inside).ExitCode);
        Assert.Contains("summary.md", FolderMarker.Report.Written(site)!);
        var again = CliRun.Of("build", "--data", data, "--out", site, "--summary-md", inside);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.DoesNotContain("warning: ", again.Error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(summary), File.ReadAllText(inside));
    }

    [Fact]
    public void An_out_name_of_255_bytes_is_built_and_rebuilt()
    {
        var data = temp.CopyFixture("handchecked");
        foreach (var name in new[] { new string('r', 255), string.Concat(Enumerable.Repeat("é", 127)) })
        {
            var site = temp.Combine(name);
            var first = CliRun.Of("build", "--data", data, "--out", site);
            Assert.True(first.ExitCode == 0, first.Error);
            var again = CliRun.Of("build", "--data", data, "--out", site, "--summary-md", temp.Combine(name[..100] + ".md"));
            Assert.True(again.ExitCode == 0, again.Error);
            Assert.True(File.Exists(Path.Combine(site, "index.html")));
        }

        Assert.Equal(3, Directory.GetFileSystemEntries(temp.Path).Length - 2); // data, two sites, a summary
    }

    [Theory]
    [InlineData(1)]
    [InlineData(225)]
    [InlineData(226)]
    [InlineData(255)]
    public void Sibling_names_stay_within_the_file_name_limit(int length)
    {
        var name = new string('n', length);
        var stem = SiblingNames.Stem(name);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(stem + ".previous-4294967295-deadbeef") <= 255, stem);
        Assert.Equal(stem, SiblingNames.Stem(name));
        Assert.Equal(length <= 225, stem == "." + name);
        Assert.NotEqual(SiblingNames.Stem(name + "x"), SiblingNames.Stem(name + "y"));
    }
}
