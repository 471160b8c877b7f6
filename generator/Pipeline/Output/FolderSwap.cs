using System.ComponentModel;
using System.Runtime.InteropServices;

namespace RoiReportGen.Pipeline;

/// <summary>
/// Swaps a complete staging folder with the output folder. renameat2(RENAME_EXCHANGE) does it in one
/// step, so there is no moment without a complete report; where the file system or kernel cannot
/// (EINVAL, ENOSYS, and EXDEV from Docker's overlay file system) two renames do it.
/// </summary>
internal static partial class FolderSwap
{
    private const int InvalidArgument = 22; // EINVAL
    private const int NotImplemented = 38;  // ENOSYS
    private const int CrossDevice = 18;     // EXDEV: overlayfs cannot exchange a lower-layer folder

    // Tests force the fallback path with the error a real file system would give; per async flow, so
    // builds running at the same time in other tests are not affected.
    private static readonly AsyncLocal<int?> SimulatedError = new();

    /// <summary>Makes renameat2 "fail" with <paramref name="error"/> in this flow until disposed.</summary>
    internal static IDisposable SimulateExchangeError(int error)
    {
        SimulatedError.Value = error;
        return new Reset();
    }

    /// <summary>
    /// Puts <paramref name="staging"/> in place of <paramref name="target"/>; returns the folder that now
    /// holds the old report (for the caller to delete). <paramref name="spare"/> is an unused name the
    /// two-rename fallback parks the old report under.
    /// </summary>
    public static string Exchange(string staging, string target, string spare)
    {
        if (TryExchange(staging, target))
        {
            return staging;
        }

        Directory.Move(target, spare);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            // Put the previous report back rather than leave no report at all.
            Directory.Move(spare, target);
            throw;
        }

        return spare;
    }

    /// <summary>Whether renameat2 reports that it cannot exchange here (as opposed to a real error).</summary>
    internal static bool CannotExchange(int error) => error is InvalidArgument or NotImplemented or CrossDevice;

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        const int AtCurrentDirectory = -100;
        const uint Exchange = 2;
        try
        {
            var error = SimulatedError.Value;
            if (error is null)
            {
                if (Native.RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, Exchange) == 0)
                {
                    return true;
                }

                error = Marshal.GetLastPInvokeError();
            }

            return CannotExchange(error.Value) ? false : throw new IOException($"cannot replace '{b}': {new Win32Exception(error.Value).Message}");
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private sealed class Reset : IDisposable
    {
        public void Dispose() => SimulatedError.Value = null;
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
    }
}
