using System.Globalization;
using System.Security.Cryptography;
using RoiReportGen.FileSystem;

namespace RoiReportGen.Pipeline;

/// <summary>
/// Replaces an output folder only once its new content is complete, and only when the folder is
/// absent, empty or a report this program wrote (<see cref="ReportMarker"/>). Each build writes into
/// its own staging folder beside the output (<c>.NAME.building-PID-RANDOM</c>); the swap is the only
/// step builds share, done under a lock on the parent folder. A failed or killed build therefore
/// leaves the previous report as it was, and nothing this run did not create is ever deleted.
/// </summary>
public static class OutputFolder
{
    internal const string GitKeep = ".gitkeep";

    // Files that belong to the repository, not to the report; carried over so a build leaves git clean.
    private static readonly string[] KeptFiles = [GitKeep];

    /// <summary>
    /// Whether replacing <paramref name="outputFolder"/> would replace <paramref name="path"/> too
    /// (the same folder or one inside it), links resolved: the output is swapped as a whole, so it must never hold the data.
    /// </summary>
    public static bool Contains(string outputFolder, string path) => RealPath.Contains(outputFolder, path);

    /// <summary>
    /// Checks, before any work, that <paramref name="target"/> may be replaced, and remembers which
    /// folder stands there now, so the swap can tell whether another build replaced it meanwhile.
    /// Throws <see cref="OutputFolderException"/> when it may not.
    /// </summary>
    internal static OutputClaim Claim(string target)
    {
        var real = RealPath.Resolve(target);
        if (Path.GetDirectoryName(real) is null)
        {
            throw new OutputFolderException($"--out '{target}' is a file system root; choose a folder of its own for the report. Nothing was written.");
        }

        var state = OutputStates.Of(real);
        Refuse(target, state);
        return new OutputClaim(target, real, state == OutputState.Absent ? null : RealPath.Of(real));
    }

    /// <summary>Writes the folder's new content with <paramref name="write"/> and swaps it in; returns warnings for the user.</summary>
    internal static IReadOnlyList<string> Replace(OutputClaim claim, Action<string> write)
    {
        var full = claim.FullPath;
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var stamp = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        var staging = Path.Combine(parent, $".{name}.building-{stamp}");
        var spare = Path.Combine(parent, $".{name}.previous-{stamp}");
        var warnings = new List<string>(Leftovers(parent, name, staging));

        // Our own name: mkdir of an existing folder would quietly reuse it, so check.
        if (Path.Exists(staging))
        {
            throw new IOException($"'{staging}' already exists");
        }

        Directory.CreateDirectory(staging);
        string old;
        try
        {
            write(staging);
            ReportMarker.WriteInto(staging);
            CarryOver(full, staging);
            old = SwapIn(claim, staging, spare);
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }

        // The new report is in place: failing to delete the old one loses nothing.
        if (Directory.Exists(old))
        {
            try
            {
                Directory.Delete(old, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add($"the new report is in '{claim.Target}', but the previous one could not be deleted from '{old}' ({e.Message}); delete it yourself.");
            }
        }

        return warnings;
    }

    private static string SwapIn(OutputClaim claim, string staging, string spare)
    {
        var full = claim.FullPath;
        using var held = ParentLock.Take(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.lock");

        // Under the lock: the folder may have changed since the build started.
        var state = OutputStates.Of(full);
        Refuse(claim.Target, state);
        var now = state == OutputState.Absent ? null : RealPath.Of(full);
        if (now is not null && (claim.Identity is null || now != claim.Identity))
        {
            throw new OutputFolderException($"another build replaced '{claim.Target}' while this one ran; its report was kept and this build's was discarded. Run the build again to replace it.");
        }

        if (state == OutputState.Absent)
        {
            Directory.Move(staging, full);
            return staging;
        }

        return FolderSwap.Exchange(staging, full, spare);
    }

    private static void Refuse(string target, OutputState state)
    {
        switch (state)
        {
            case OutputState.NotAFolder:
                throw new OutputFolderException($"--out '{target}' is not a folder: choose a folder for the report. Nothing was written.");
            case OutputState.Foreign:
                throw new OutputFolderException(
                    $"--out '{target}' is not a report this program wrote (it has no {ReportMarker.FileName} file) and is not empty: a build replaces the whole folder, so it refuses. "
                    + "If it holds an older report, delete it yourself, or choose another --out. Nothing was written.");
        }
    }

    private static void CarryOver(string full, string staging)
    {
        foreach (var kept in KeptFiles)
        {
            // Never through a link: a .gitkeep pointing elsewhere would copy its target into the published report.
            var source = Path.Combine(full, kept);
            if (RealPath.IsRegularFile(source))
            {
                File.Copy(source, Path.Combine(staging, kept));
            }
        }
    }

    /// <summary>Staging and previous folders of earlier builds (killed ones, or another running now): left alone, reported.</summary>
    private static IEnumerable<string> Leftovers(string parent, string name, string ours)
    {
        if (!Directory.Exists(parent))
        {
            return [];
        }

        return Directory.EnumerateDirectories(parent, $".{name}.*")
            .Where(d => d != ours && (Path.GetFileName(d).StartsWith($".{name}.building", StringComparison.Ordinal) || Path.GetFileName(d).StartsWith($".{name}.previous", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(d => $"'{d}' was left by another build (killed, or still running); it was not touched: delete it yourself when no build is running.");
    }
}
