using System.Diagnostics;
using System.Globalization;
using RoiReportGen.Rendering.Pdf;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Browser;

/// <summary>
/// Issue 11 item 15: Chromium never outlives the generator. It runs in its own process group that a
/// timeout kills as a whole and that dies with the generator, even by SIGKILL; the profile a killed
/// generator leaves in the temp folder is removed by the next print.
/// </summary>
[Collection(BrowserTestGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // process groups and /proc of Linux
public sealed class PdfProcessTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_timeout_kills_the_browsers_whole_process_group_even_a_detached_child()
    {
        // A "browser" that hangs and leaves a detached child (re-parented away from it, as Chromium's
        // helpers can be), which only a kill of the whole group reaches.
        var pidFile = temp.Combine("child.pid");
        var browser = temp.Combine("hanging-browser");
        File.WriteAllText(browser, $"#!/bin/sh\n( sleep 300 & echo $! > '{pidFile}' )\nsleep 300\n");
        File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;

        var error = Assert.Throws<IOException>(() => PdfPrinter.Print(browser, site, TimeSpan.FromSeconds(2)));

        Assert.Contains("did not finish printing", error.Message, StringComparison.Ordinal);
        var child = int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
        Assert.True(Eventually(() => !IsRunning(child)), $"the browser's detached child {child} still runs");
    }

    [Fact]
    public void Killing_the_generator_during_pdf_leaves_no_chromium_running_and_the_next_print_removes_its_profile()
    {
        using var generator = GeneratorProcess.Start(["build", "--data", RepoPaths.Data, "--out", temp.Combine("site"), "--pdf"]);
        _ = generator.StandardError.ReadToEndAsync();
        _ = generator.StandardOutput.ReadToEndAsync();
        string? profile = null;
        Assert.True(Eventually(() => (profile = ProfileOfChild(generator.Id)) is not null, TimeSpan.FromSeconds(90)), "Chromium never started");

        generator.Kill(); // SIGKILL: no finally blocks, no cleanup
        generator.WaitForExit();

        Assert.True(Eventually(() => ProcessesUsing(profile!).Count == 0), $"Chromium still runs with {profile}: {string.Join(", ", ProcessesUsing(profile!))}");
        Assert.True(Directory.Exists(profile), "the killed generator's profile should still be there for the next print to remove");
        Assert.True(ChromiumProfiles.RemoveStale(Path.GetDirectoryName(profile)!) >= 1);
        Assert.False(Directory.Exists(profile));
    }

    [Fact]
    public void Only_profiles_of_generators_that_are_gone_are_removed()
    {
        using var gone = Process.Start("true")!;
        gone.WaitForExit();
        var stale = Directory.CreateDirectory(temp.Combine($"{ChromiumProfiles.Prefix}{gone.Id}-abc123")).FullName;
        var live = Directory.CreateDirectory(temp.Combine($"{ChromiumProfiles.Prefix}{Environment.ProcessId}-def456")).FullName;
        var foreign = Directory.CreateDirectory(temp.Combine($"{ChromiumProfiles.Prefix}not-a-pid")).FullName;

        Assert.Equal(1, ChromiumProfiles.RemoveStale(temp.Path));

        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(live));
        Assert.True(Directory.Exists(foreign));
    }

    /// <summary>The --user-data-dir of a Chromium whose parent is <paramref name="parent"/>, once one runs.</summary>
    private static string? ProfileOfChild(int parent)
    {
        foreach (var (pid, arguments) in Processes())
        {
            if (ParentOf(pid) == parent && arguments.FirstOrDefault(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal)) is { } profile
                && profile.Contains(ChromiumProfiles.Prefix, StringComparison.Ordinal))
            {
                return profile["--user-data-dir=".Length..];
            }
        }

        return null;
    }

    private static List<int> ProcessesUsing(string profile) =>
        [.. Processes().Where(p => IsRunning(p.Pid) && p.Arguments.Contains($"--user-data-dir={profile}")).Select(p => p.Pid)];

    private static IEnumerable<(int Pid, string[] Arguments)> Processes()
    {
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(folder, "cmdline"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // gone meanwhile
            }

            yield return (pid, commandLine.Split('\0', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static string? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..]; // after "pid (name) ": state ppid …
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static int? ParentOf(int pid) =>
        Stat(pid)?.Split(' ') is [_, var parent, ..] ? int.Parse(parent, CultureInfo.InvariantCulture) : null;

    /// <summary>Alive: it exists and is not a zombie waiting to be reaped.</summary>
    private static bool IsRunning(int pid) => Stat(pid) is { } stat && stat[0] != 'Z';

    private static bool Eventually(Func<bool> condition, TimeSpan? within = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < (within ?? TimeSpan.FromSeconds(5)))
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return condition();
    }
}
