using System.Diagnostics;
using RoiReportGen.Pipeline;
using RoiReportGen.Tests.Support;
using Xunit.Abstractions;

namespace RoiReportGen.Tests.Pipeline;

/// <summary>
/// Issue 11, items 1-4: a build replaces only a folder that is absent, empty or a report this program
/// wrote; it sees through links to the data folder; concurrent builds never mix; nothing it did not
/// create is ever deleted.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // chattr, chmod and links of Linux
public sealed class OutputFolderSafetyTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_folder_that_is_not_a_report_is_refused_with_exit_2_and_left_as_it_was()
    {
        var data = temp.CopyFixture("handchecked");
        var home = temp.Combine("home");
        Directory.CreateDirectory(Path.Combine(home, ".ssh"));
        Directory.CreateDirectory(Path.Combine(home, "projects"));
        File.WriteAllText(Path.Combine(home, ".ssh", "id_ed25519"), "secret key");
        File.WriteAllText(Path.Combine(home, "projects", "notes.txt"), "work");
        var before = FolderSnapshot.Of(temp.Path);

        var run = CliRun.Of("build", "--data", data, "--out", home);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains($"'{home}'", line, StringComparison.Ordinal);
        Assert.Contains("not a report", line, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(temp.Path));
        Assert.Equal(["data", "home"], Entries(temp.Path));
    }

    [Fact]
    public void Siblings_the_build_did_not_create_are_never_deleted_only_reported()
    {
        var data = temp.CopyFixture("handchecked");
        var output = PreviousReport.Create(temp.Combine("out"));
        foreach (var sibling in new[] { ".out.previous", ".out.building", ".out.building-1-deadbeef" })
        {
            Directory.CreateDirectory(temp.Combine(sibling));
            File.WriteAllText(temp.Combine(sibling, "keep.txt"), sibling);
        }

        var run = CliRun.Of("build", "--data", data, "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var sibling in new[] { ".out.previous", ".out.building", ".out.building-1-deadbeef" })
        {
            Assert.Equal(sibling, File.ReadAllText(temp.Combine(sibling, "keep.txt")));
            Assert.Contains(run.Error.Split('\n'), l => l.StartsWith("warning: ", StringComparison.Ordinal) && l.Contains(sibling, StringComparison.Ordinal));
        }

        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_link_to_the_data_folder_is_seen_through()
    {
        // site/ is a previous report that someone put the data into; datalink -> site/data.
        var site = PreviousReport.Create(temp.Combine("site"));
        var data = temp.CopyFixture("handchecked", Path.Combine("site", "data"));
        var link = temp.Combine("datalink");
        File.CreateSymbolicLink(link, data);
        var before = FolderSnapshot.Of(temp.Path);

        var run = CliRun.Of("build", "--data", link, "--out", site);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would replace the data folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(temp.Path));
        Assert.Equal(["datalink", "site"], Entries(temp.Path));
    }

    [Fact]
    public void An_output_link_to_a_parent_of_the_data_is_seen_through_too()
    {
        var site = PreviousReport.Create(temp.Combine("site"));
        temp.CopyFixture("handchecked", Path.Combine("site", "data"));
        var outLink = temp.Combine("outlink");
        File.CreateSymbolicLink(outLink, site);

        var run = CliRun.Of("build", "--data", Path.Combine(site, "data"), "--out", outLink);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would replace the data folder", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "data", "influencers.csv")));
    }

    [Fact]
    public void Out_naming_a_file_is_refused_and_leaves_nothing_behind()
    {
        var data = temp.CopyFixture("handchecked");
        var file = temp.Combine("report");
        File.WriteAllText(file, "not a folder");

        var run = CliRun.Of("build", "--data", data, "--out", file);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains($"'{file}'", line, StringComparison.Ordinal);
        Assert.Contains("not a folder", line, StringComparison.Ordinal);
        Assert.Equal(["data", "report"], Entries(temp.Path));
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void An_old_report_that_cannot_be_deleted_after_the_swap_is_a_warning_and_exit_0()
    {
        var data = temp.CopyFixture("handchecked");
        // A file of the previous report (written before its marker, which lists it).
        var stuck = temp.Combine("out", "stuck");
        Directory.CreateDirectory(stuck);
        File.WriteAllText(Path.Combine(stuck, "file.txt"), "cannot be deleted");
        var output = PreviousReport.Create(temp.Combine("out"));
        using var undeletable = Undeletable.Make(stuck, "file.txt");

        var run = CliRun.Of("build", "--data", data, "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        var warning = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("warning: ", StringComparison.Ordinal));
        var leftover = Assert.Single(Directory.GetDirectories(temp.Path, ".out.*"));
        Assert.Contains(leftover, warning, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(leftover, "stuck", "file.txt")));
        undeletable.Release(Path.Combine(leftover, "stuck"));
    }

    [Theory]
    [InlineData(18)] // EXDEV: Docker's overlay file system
    [InlineData(22)] // EINVAL
    [InlineData(38)] // ENOSYS
    public void An_exchange_the_file_system_cannot_do_falls_back_to_two_renames(int error)
    {
        var data = temp.CopyFixture("handchecked");
        var expected = temp.Combine("expected");
        Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", expected).ExitCode);
        var output = PreviousReport.Create(temp.Combine("out"));

        CliRun run;
        using (FolderSwap.SimulateExchangeError(error))
        {
            run = CliRun.Of("build", "--data", data, "--out", output);
        }

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(FolderSnapshot.Of(expected), FolderSnapshot.Of(output));
        Assert.Equal(["data", "expected", "out"], Entries(temp.Path));
    }

    [Fact]
    public void A_gitkeep_that_is_a_link_is_never_followed_into_the_report()
    {
        var data = temp.CopyFixture("handchecked");
        var secret = temp.Combine("secret.txt");
        File.WriteAllText(secret, "TOP-SECRET-TOKEN");
        var output = PreviousReport.Create(temp.Combine("out"));
        File.CreateSymbolicLink(Path.Combine(output, ".gitkeep"), secret);

        var run = CliRun.Of("build", "--data", data, "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(File.Exists(Path.Combine(output, ".gitkeep")) || new FileInfo(Path.Combine(output, ".gitkeep")).LinkTarget is not null);
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("TOP-SECRET-TOKEN", File.ReadAllText(file), StringComparison.Ordinal);
        }

        Assert.Equal("TOP-SECRET-TOKEN", File.ReadAllText(secret));
    }

    [Fact]
    public void A_folder_holding_only_gitkeep_is_replaced_and_keeps_it()
    {
        var data = temp.CopyFixture("handchecked");
        var output = temp.Combine("output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, ".gitkeep"), "");

        var run = CliRun.Of("build", "--data", data, "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(output, ".gitkeep")));
        Assert.True(FolderMarker.Report.IsIn(output));
    }

    [Fact]
    public void Concurrent_builds_into_one_folder_leave_one_whole_report_and_no_staging_folder()
    {
        const int Builds = 4;
        const int Rounds = 3;
        var reports = new List<SortedDictionary<string, string>>();
        var sets = new List<string>();
        for (var i = 0; i < Builds; i++)
        {
            // Each data set differs in one revenue figure, so each report differs from the others.
            var data = temp.CopyFixture("handchecked", $"data{i}");
            var tracking = Path.Combine(data, "tracking_data.csv");
            File.WriteAllText(tracking, File.ReadAllText(tracking).Replace(",1,1500", $",1,{1500 + (i * 100)}", StringComparison.Ordinal));
            var alone = temp.Combine($"alone{i}");
            Assert.Equal(0, CliRun.Of("build", "--data", data, "--out", alone, "--zip").ExitCode);
            reports.Add(FolderSnapshot.Of(alone));
            sets.Add(data);
        }

        Assert.Equal(Builds, reports.Select(r => string.Join(',', r.Values)).Distinct().Count());
        var races = temp.Combine("races");
        for (var round = 0; round < Rounds; round++)
        {
            var output = PreviousReport.Create(Path.Combine(races, $"out{round}"));
            var processes = sets.Select(data => GeneratorProcess.Start(["build", "--data", data, "--out", output, "--zip"])).ToList();
            var outcomes = processes.Select(p =>
            {
                var error = p.StandardError.ReadToEndAsync();
                _ = p.StandardOutput.ReadToEndAsync();
                p.WaitForExit();
                return (p.ExitCode, Error: error.Result);
            }).ToList();

            foreach (var (exitCode, error) in outcomes)
            {
                Assert.True(
                    exitCode == 0 || (exitCode == 2 && error.Contains("another build replaced", StringComparison.Ordinal)),
                    $"exit {exitCode}: {error}");
            }

            Assert.Contains(outcomes, o => o.ExitCode == 0);
            log.WriteLine($"round {round}: {outcomes.Count(o => o.ExitCode == 0)} builds replaced the folder, {outcomes.Count(o => o.ExitCode == 2)} lost the race");
            var now = FolderSnapshot.Of(output);
            Assert.Contains(reports, r => r.SequenceEqual(now));
        }

        // No staging or previous folder is left beside any output folder.
        Assert.Equal(Enumerable.Range(0, Rounds).Select(r => $"out{r}"), Entries(races));
    }

    private static List<string?> Entries(string folder) =>
        [.. Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)];

    /// <summary>A file nobody can delete: immutable for root (chattr +i), a read-only folder for anyone else.</summary>
    private sealed class Undeletable : IDisposable
    {
        private readonly List<string> held = [];
        private readonly string name;
        private readonly bool root = Environment.UserName == "root";

        private Undeletable(string folder, string name)
        {
            this.name = name;
            Hold(folder);
        }

        public static Undeletable Make(string folder, string name) => new(folder, name);

        public void Release(string folder)
        {
            if (root)
            {
                Run("chattr", "-i", Path.Combine(folder, name));
            }
            else
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            held.Remove(folder);
        }

        public void Dispose()
        {
            foreach (var folder in held.ToList())
            {
                if (Directory.Exists(folder))
                {
                    Release(folder);
                }
            }
        }

        private void Hold(string folder)
        {
            held.Add(folder);
            if (root)
            {
                Run("chattr", "+i", Path.Combine(folder, name));
            }
            else
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }
        }

        private static void Run(string program, params string[] arguments)
        {
            using var process = Process.Start(program, arguments);
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed");
        }
    }
}
