using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RoiReportGen.Rendering.Pdf;

/// <summary>
/// Starts a program so that none of it outlives the generator: in its own session and process group
/// (util-linux <c>setsid</c>), so every process it forks can be killed at once, and with a parent-death
/// signal (util-linux <c>setpriv --pdeathsig KILL</c>), so the kernel kills it when the generator dies,
/// even by SIGKILL. Both wrappers exec in place: the program keeps the started process's id, which is
/// also its group's id. Without them (not Linux, or util-linux missing) the program is started plainly.
/// </summary>
internal static partial class ProcessGroup
{
    private const int Kill = 9; // SIGKILL

    // Where Debian's util-linux puts them; never searched on the PATH, which the user controls.
    private static readonly string[] WrapperFolders = ["/usr/bin", "/bin"];

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/>; stdout and stderr redirected.</summary>
    public static Process Start(string program, IEnumerable<string> arguments, out bool grouped)
    {
        var setsid = Wrapper("setsid");
        var setpriv = Wrapper("setpriv");
        grouped = setsid is not null && setpriv is not null;
        var start = new ProcessStartInfo(grouped ? setsid! : program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (grouped)
        {
            // setsid (not a group leader after fork, so it does not fork again) → setpriv → the program.
            foreach (var argument in new[] { setpriv!, "--pdeathsig", "KILL", "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new IOException($"cannot start {program}");
    }

    /// <summary>Kills every process left in the group <paramref name="process"/> leads (none: no harm).</summary>
    public static void KillGroup(Process process, bool grouped)
    {
        if (grouped)
        {
            _ = Native.Kill(-process.Id, Kill);
        }
        else if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static string? Wrapper(string name)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return WrapperFolders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
        internal static partial int Kill(int pid, int signal);
    }
}
