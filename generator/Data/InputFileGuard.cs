using System.Runtime.InteropServices;

namespace RoiReportGen.Data;

/// <summary>
/// Lets the loader open only regular files inside the data folder. A FIFO named posts.csv would block the build
/// forever on open, a device could be read without end, and a symbolic link could make the report publish a file
/// from elsewhere on the machine. The kind of file is checked from its path before it is opened (opening a FIFO
/// is what blocks). A link is followed only when its final target, with every link resolved, is inside the data
/// folder (also resolved): a data folder that links to its files elsewhere must name that folder instead.
/// </summary>
internal static partial class InputFileGuard
{
    /// <exception cref="InputFileException">The file is missing, is not a regular file, or links outside the folder.</exception>
    public static void Check(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            var target = RealPath(path)
                ?? throw new InputFileException(file, 0, "", $"is a link to '{info.LinkTarget}', which does not exist");
            var root = RealPath(folder) ?? Path.GetFullPath(folder);
            if (!IsInside(target, root))
            {
                throw new InputFileException(file, 0, "", "is a link to a file outside the data folder: only regular files in the data folder are read");
            }
        }
        else if (!info.Exists && !Directory.Exists(path))
        {
            throw new InputFileException(file, 0, "", $"file not found in '{folder}'");
        }

        if (KindOf(path) is { } kind)
        {
            throw new InputFileException(file, 0, "", $"is not a regular file ({kind}): only regular files are read");
        }
    }

    private static bool IsInside(string path, string folder)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return path.StartsWith(prefix, comparison);
    }

    // What the file is when it is not a regular file ("a FIFO"), else null. Links are followed (the target is meant).
    private static string? KindOf(string path)
    {
        if (Directory.Exists(path))
        {
            return "a directory";
        }

        if (!OperatingSystem.IsLinux())
        {
            // statx is Linux's; elsewhere only directories are recognised (see docs/SECURITY.md).
            return null;
        }

        var buffer = new byte[256];
        if (Native.Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0)
        {
            return null; // Cannot tell: opening it reports the real problem.
        }

        // struct statx: stx_mode is a 16-bit field at byte 28 on every architecture.
        var mode = BitConverter.ToUInt16(buffer, 28) & FileTypeMask;
        return mode switch
        {
            RegularFile => null,
            0x1000 => "a FIFO",
            0x2000 => "a character device",
            0x4000 => "a directory",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "not a file",
        };
    }

    private static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? Path.GetFullPath(target.FullName) : null;
        }

        var resolved = Native.RealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Marshal.FreeHGlobal(resolved);
        }
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

        [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr RealPath(string path, IntPtr resolved);
    }
}
