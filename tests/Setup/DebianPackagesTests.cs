using System.Diagnostics;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Setup;

/// <summary>
/// Issue 17 item 6: `dotnet test` sets up the Debian packages the browser tests need. The check and the install
/// script are pointed at lists of their own (a package whose file is absent stands for a fresh machine without
/// Chromium) and at a fake apt-get that records what it was asked, so no test installs anything.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // bash and apt-get
public sealed class DebianPackagesTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_tests_list_names_chromium_poppler_the_noto_fonts_openpyxl_and_icu_by_the_files_the_tests_use()
    {
        Assert.Equal(
            [
                ("chromium", Browser.BrowserSession.ChromiumPath),
                ("poppler-utils", "/usr/bin/pdftotext"),
                ("fonts-noto-core", "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"),
                ("python3-openpyxl", "/usr/lib/python3/dist-packages/openpyxl/__init__.py"),
                ("libicu72", "/usr/lib/x86_64-linux-gnu/libicui18n.so.72"),
            ],
            DebianPackages.Read(DebianPackages.ListPath));
    }

    [Fact]
    public void A_missing_chromium_is_named_in_one_line_saying_what_to_install()
    {
        var list = List(("chromium", temp.Combine("no-such", "chromium")), ("poppler-utils", Present()), ("fonts-noto-core", temp.Combine("gone.ttf")));

        Assert.Equal(["chromium", "fonts-noto-core"], DebianPackages.Missing(list));
        Assert.Equal(
            "The browser tests need Debian packages that are missing; install them with: sudo apt-get install chromium fonts-noto-core",
            DebianPackages.Problem(list));
    }

    [Fact]
    public void With_every_package_present_the_check_finds_nothing_and_the_script_does_nothing()
    {
        var list = List(("chromium", Present()), ("poppler-utils", temp.Path));

        Assert.Null(DebianPackages.Problem(list));
        var run = Script(list);
        Assert.Equal((0, ""), (run.ExitCode, run.Output));
        Assert.False(File.Exists(AptLog), "apt-get was run with every package present");
    }

    [Fact]
    public void A_missing_package_is_installed_with_apt_get_as_root_or_with_sudo_else_named()
    {
        var list = List(("chromium", temp.Combine("no-such-chromium")), ("poppler-utils", Present()));

        var run = Script(list);

        Assert.Equal(0, run.ExitCode);
        if (Environment.IsPrivilegedProcess || File.Exists(AptLog))
        {
            // Root (or passwordless sudo): the package lists first, then only the missing package, non-interactively.
            Assert.Equal(["update -qq", "install -y -qq --no-install-recommends chromium"], File.ReadAllLines(AptLog));
            Assert.Equal("Installing the Debian packages the tests need: chromium\n", run.Output);
        }
        else
        {
            Assert.Equal(Line("chromium"), run.Output);
        }
    }

    [Fact]
    public void When_apt_get_fails_or_is_not_allowed_the_script_names_what_to_install_and_never_fails_the_run()
    {
        var list = List(("chromium", temp.Combine("no-such-chromium")), ("poppler-utils", temp.Combine("no-pdftotext")));

        var failing = Script(list, aptExitCode: 100);
        Assert.Equal(0, failing.ExitCode);
        Assert.EndsWith(Line("chromium poppler-utils"), failing.Output, StringComparison.Ordinal);

        File.Delete(AptLog);
        var refused = Script(list, environment: ("ROIREPORT_NO_APT", "1"));
        Assert.Equal((0, Line("chromium poppler-utils")), (refused.ExitCode, refused.Output));
        Assert.False(File.Exists(AptLog), "apt-get was run under ROIREPORT_NO_APT");
    }

    private string AptLog => temp.Combine("apt-get.log");

    private static string Line(string packages) =>
        $"The browser tests need Debian packages that are missing; install them with: sudo apt-get install {packages}\n";

    private string Present()
    {
        var file = temp.Combine("present");
        File.WriteAllText(file, "");
        return file;
    }

    private string List(params (string Package, string File)[] packages)
    {
        var list = temp.Combine("packages.txt");
        File.WriteAllLines(list, ["# a comment and a blank line are skipped", "", .. packages.Select(p => $"{p.Package}   {p.File}")]);
        return list;
    }

    /// <summary>Runs tests/Setup/install-debian-packages.sh on a list with a fake apt-get that logs its arguments.</summary>
    private (int ExitCode, string Output) Script(string list, int aptExitCode = 0, (string Name, string Value)? environment = null)
    {
        var apt = temp.Combine("apt-get");
        File.WriteAllText(apt, $"#!/bin/sh\necho \"$*\" >> '{AptLog}'\nexit {aptExitCode}\n");
        File.SetUnixFileMode(apt, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "Setup", "install-debian-packages.sh"));
        start.ArgumentList.Add(list);
        start.Environment["ROIREPORT_APT_GET"] = apt;
        if (environment is { } variable)
        {
            start.Environment[variable.Name] = variable.Value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(error.Length == 0, error);
        return (process.ExitCode, output.Result);
    }
}
