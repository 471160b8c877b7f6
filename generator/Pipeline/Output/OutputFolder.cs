using System.Globalization;
using System.Security.Cryptography;
using RoiReportGen.FileSystem;

namespace RoiReportGen.Pipeline;

/// <summary>
/// Replaces an output folder only once its new content is complete, and only when the folder is
/// absent, empty or one this program wrote (<see cref="FolderMarker"/>: a report, or simulated data). Each build writes into
/// its own staging folder beside the output (<c>.NAME.building-PID-RANDOM</c>); the swap is the only
/// step builds share, done under a lock on the parent folder. A failed or killed build therefore
/// leaves the previous report as it was, and nothing this run did not create is ever deleted.
/// </summary>
public static class OutputFolder
{
    internal const string GitKeep = ".gitkeep";

    // Files that belong to the repository or the web host, not to the report: carried over, so a build leaves git clean
    // and a GitHub Pages checkout keeps its custom domain and its Jekyll switch.
    private static readonly string[] KeptFiles = [GitKeep, "CNAME", ".nojekyll"];

    // A gh-pages checkout's repository (a folder, or a file in a worktree): moved into the new folder, never copied.
    private const string GitEntry = ".git";

    // How many removed files a warning names before it counts the rest.
    private const int NamedRemovals = 20;

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
    internal static OutputClaim Claim(string target) => Claim(target, FolderMarker.Report);

    /// <inheritdoc cref="Claim(string)"/>
    /// <param name="marker">The marker of folders this command may replace (a report, or simulated data).</param>
    internal static OutputClaim Claim(string target, FolderMarker marker)
    {
        var real = RealPath.Resolve(target);
        if (Path.GetDirectoryName(real) is null)
        {
            throw new OutputFolderException($"--out '{target}' is a file system root; choose a folder of its own for the report. Nothing was written.");
        }

        var state = OutputStates.Of(real, marker);
        Refuse(target, state, marker);
        return new OutputClaim(target, real, state == OutputState.Absent ? null : RealPath.Of(real), marker);
    }

    /// <summary>Writes the folder's new content with <paramref name="write"/> and swaps it in; returns warnings for the user.</summary>
    internal static IReadOnlyList<string> Replace(OutputClaim claim, Action<string> write)
    {
        var full = claim.FullPath;
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var stamp = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        var stem = SiblingNames.Stem(name);
        var staging = Path.Combine(parent, $"{stem}{SiblingNames.Building}-{stamp}");
        var spare = Path.Combine(parent, $"{stem}{SiblingNames.Previous}-{stamp}");
        var warnings = new List<string>(Leftovers(parent, stem, staging));

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
            claim.Marker.WriteInto(staging);
            CarryOver(full, staging);
            old = SwapIn(claim, staging, spare, warnings);
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

    private static string SwapIn(OutputClaim claim, string staging, string spare, List<string> warnings)
    {
        var full = claim.FullPath;
        using var held = ParentLock.Take(Path.GetDirectoryName(full)!, $"{SiblingNames.Stem(Path.GetFileName(full))}.lock");

        // Under the lock: the folder may have changed since the build started.
        var state = OutputStates.Of(full, claim.Marker);
        Refuse(claim.Target, state, claim.Marker);
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

        var removed = NotWrittenByUs(full, claim.Marker);
        var git = MoveGit(full, staging);
        try
        {
            var old = FolderSwap.Exchange(staging, full, spare);
            if (removed.Count > 0)
            {
                var named = string.Join(", ", removed.Take(NamedRemovals));
                var more = removed.Count > NamedRemovals ? $" and {removed.Count - NamedRemovals:N0} more" : "";
                warnings.Add($"'{claim.Target}' held {removed.Count:N0} {(removed.Count == 1 ? "file" : "files")} that the last run did not write, now removed with the old content (the folder belongs to this program; keep your files elsewhere): {named}{more}.");
            }

            return old;
        }
        catch when (git)
        {
            MoveGit(staging, full);
            throw;
        }
    }

    /// <summary>
    /// What the swap will remove that the last run did not write (its marker lists what it wrote), but for the files
    /// carried over; none when the marker lists nothing (an empty folder, or a marker from before the list).
    /// </summary>
    private static List<string> NotWrittenByUs(string full, FolderMarker marker)
    {
        if (marker.Written(full) is not { Count: > 0 } written)
        {
            return [];
        }

        return [.. FolderMarker.FilesUnder(full, [GitEntry, marker.FileName, .. KeptFiles]).Where(f => !written.Contains(f))];
    }

    // The repository of a gh-pages checkout goes with the folder: moved (a rename: no copy of its history) from the old
    // folder into the new one right before the swap, and back if the swap fails. Never through a link.
    private static bool MoveGit(string from, string to)
    {
        var source = Path.Combine(from, GitEntry);
        var entry = new FileInfo(source);
        if (entry.LinkTarget is not null || Path.Exists(Path.Combine(to, GitEntry)))
        {
            return false;
        }

        if (Directory.Exists(source))
        {
            Directory.Move(source, Path.Combine(to, GitEntry));
            return true;
        }

        if (RealPath.IsRegularFile(source))
        {
            File.Move(source, Path.Combine(to, GitEntry));
            return true;
        }

        return false;
    }

    private static void Refuse(string target, OutputState state, FolderMarker marker)
    {
        switch (state)
        {
            case OutputState.NotAFolder:
                throw new OutputFolderException($"--out '{target}' is not a folder: choose a folder for the {marker.What}. Nothing was written.");
            case OutputState.Foreign:
                throw new OutputFolderException(
                    $"--out '{target}' is not a {marker.What} this program wrote (it has no {marker.FileName} file) and is not empty: {marker.Writer} replaces the whole folder, so it refuses. "
                    + $"If it holds an older {marker.What}, delete it yourself, or choose another --out. Nothing was written.");
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
    private static IEnumerable<string> Leftovers(string parent, string stem, string ours)
    {
        if (!Directory.Exists(parent))
        {
            return [];
        }

        return Directory.EnumerateDirectories(parent, $"{stem}.*")
            .Where(d => d != ours && SiblingNames.IsBuildFolder(Path.GetFileName(d), stem))
            .Order(StringComparer.Ordinal)
            .Select(d => $"'{d}' was left by another build (killed, or still running); it was not touched: delete it yourself when no build is running.");
    }
}
