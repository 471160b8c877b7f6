using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace RoiReportGen.Pipeline;

/// <summary>
/// Serialises the swap of builds that share an output folder: an exclusive flock on the output's
/// parent folder itself, so no lock file is ever left beside the report. The kernel drops the lock
/// when its holder dies, even by SIGKILL. Elsewhere than Linux a lock file opened without sharing
/// (and deleted on close) does the same.
/// </summary>
internal sealed partial class ParentLock : IDisposable
{
    // The swap it guards takes milliseconds; waiting this long means another build is stuck.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    private readonly IDisposable handle;

    private ParentLock(IDisposable handle) => this.handle = handle;

    /// <summary>Takes the lock on <paramref name="parent"/>, waiting while another build holds it.</summary>
    public static ParentLock Take(string parent, string lockFileName)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (TryTake(parent, lockFileName) is { } handle)
            {
                return new ParentLock(handle);
            }

            if (clock.Elapsed > Patience)
            {
                throw new IOException($"another build has held the lock on '{parent}' for {Patience.TotalSeconds:0} s; try again when it has finished");
            }

            Thread.Sleep(Poll);
        }
    }

    public void Dispose() => handle.Dispose();

    private static IDisposable? TryTake(string parent, string lockFileName)
    {
        if (!OperatingSystem.IsLinux())
        {
            try
            {
                return new FileStream(Path.Combine(parent, lockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                return null;
            }
        }

        const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC (the same value on every Linux architecture)
        const int Exclusive = 2, NonBlocking = 4; // LOCK_EX, LOCK_NB
        const int WouldBlock = 11; // EWOULDBLOCK
        var descriptor = Native.Open(parent, ReadOnlyCloseOnExec);
        if (descriptor < 0)
        {
            throw new IOException($"cannot open '{parent}' to lock it: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (Native.Flock(descriptor, Exclusive | NonBlocking) == 0)
        {
            return handle;
        }

        var error = Marshal.GetLastPInvokeError();
        handle.Dispose();
        return error == WouldBlock ? null : throw new IOException($"cannot lock '{parent}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
        internal static partial int Flock(int descriptor, int operation);
    }
}
