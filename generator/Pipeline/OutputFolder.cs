using System.ComponentModel;
using System.Runtime.InteropServices;

namespace RoiReportGen.Pipeline;

/// <summary>
/// Replaces an output folder only once its new content is complete: the content is written into a
/// sibling staging folder, then the two are swapped. A failed or killed build therefore leaves the
/// previous report as it was.
/// </summary>
public static partial class OutputFolder
{
    // Files that belong to the repository, not to the report; carried over so a build leaves git clean.
    private static readonly string[] KeptFiles = [".gitkeep"];

    /// <summary>
    /// Whether replacing <paramref name="outputFolder"/> would replace <paramref name="path"/> too
    /// (the same folder or one inside it): the output is swapped as a whole, so it must never hold the data.
    /// </summary>
    public static bool Contains(string outputFolder, string path)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var inner = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return inner == output || inner.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>Writes the folder's new content with <paramref name="write"/> and swaps it in.</summary>
    public static void Replace(string target, Action<string> write)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new IOException($"'{target}' has no parent folder");
        var name = Path.GetFileName(full);
        var staging = Path.Combine(parent, $".{name}.building");
        var previous = Path.Combine(parent, $".{name}.previous");

        // Leftovers of a build that was killed: never part of any report.
        DeleteIfExists(staging);
        DeleteIfExists(previous);
        Directory.CreateDirectory(staging);
        try
        {
            write(staging);
            foreach (var kept in KeptFiles)
            {
                var source = Path.Combine(full, kept);
                if (File.Exists(source))
                {
                    File.Copy(source, Path.Combine(staging, kept));
                }
            }
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }

        if (Directory.Exists(full))
        {
            Swap(staging, full);
            Directory.Delete(staging, recursive: true);
        }
        else
        {
            Directory.Move(staging, full);
        }
    }

    private static void Swap(string staging, string full)
    {
        // renameat2(RENAME_EXCHANGE) swaps the two folders in one step, so there is no moment without
        // a complete report. Where the file system cannot, fall back to two renames.
        if (OperatingSystem.IsLinux() && RenameExchange(staging, full))
        {
            return;
        }

        var previous = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.previous");
        Directory.Move(full, previous);
        Directory.Move(staging, full);
        Directory.Move(previous, staging);
    }

    private static bool RenameExchange(string a, string b)
    {
        const int AtCurrentDirectory = -100;
        const uint Exchange = 2;
        try
        {
            if (Native.RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, Exchange) == 0)
            {
                return true;
            }

            // EINVAL / ENOSYS: this file system or kernel cannot exchange; anything else is a real error.
            var error = Marshal.GetLastPInvokeError();
            return error is 22 or 38 ? false : throw new IOException($"cannot replace '{b}': {new Win32Exception(error).Message}");
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
    }
}
