using System.Globalization;

namespace RoiReportGen.Rendering.Pdf;

/// <summary>
/// Chromium's throw-away profile folders (its --user-data-dir), one per print, in the temp folder.
/// Each is named after the generator that made it (<c>roireport-chromium-PID-RANDOM</c>), so a later
/// run can tell the leftovers of a killed generator — whose process is gone — from a print running now.
/// </summary>
internal static class ChromiumProfiles
{
    public const string Prefix = "roireport-chromium-";

    /// <summary>A new, private (mode 700, unpredictable name) profile folder for this process.</summary>
    public static DirectoryInfo Create() =>
        Directory.CreateTempSubdirectory(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-"));

    /// <summary>Deletes the profile folders in <paramref name="tempFolder"/> whose generator is no longer running; returns how many.</summary>
    public static int RemoveStale(string tempFolder)
    {
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(tempFolder, Prefix + "*"))
        {
            if (OwnerOf(Path.GetFileName(folder)) is not { } pid || IsRunning(pid))
            {
                // Not named by this program, or its generator still runs (perhaps printing right now).
                continue;
            }

            try
            {
                // Never follows links inside (Chromium's SingletonLock is one).
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's, or just removed by another run: not ours to insist on.
            }
        }

        return removed;
    }

    /// <summary>The generator's process id in a profile folder's name; null for any other name.</summary>
    internal static int? OwnerOf(string name)
    {
        var rest = name.AsSpan(Prefix.Length);
        var dash = rest.IndexOf('-');
        return dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0 ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
