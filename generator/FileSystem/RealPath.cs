using System.Runtime.InteropServices;

namespace RoiReportGen.FileSystem;

/// <summary>
/// Where a path really leads: every symbolic link resolved (realpath), and which folder it is on
/// disk (device and inode), so two spellings of one folder — through a link, in another letter case
/// on a case-insensitive file system, or a bind mount — are known to be the same; and what kind of
/// entry a path is, read from the path without opening it (opening a FIFO blocks). Shared by the loader
/// (only regular files in the data folder are read) and the output folder (never replace the data).
/// </summary>
internal static partial class RealPath
{
    /// <summary>A folder's identity on disk.</summary>
    internal readonly record struct Identity(uint DeviceMajor, uint DeviceMinor, ulong Inode);

    /// <summary>
    /// The absolute path with every link resolved. The part that does not exist yet is kept as written
    /// after its deepest existing ancestor's real path.
    /// </summary>
    public static string Resolve(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (OperatingSystem.IsWindows())
        {
            return full;
        }

        var missing = new Stack<string>();
        var existing = full;
        string? real;
        while ((real = RealPathOf(existing)) is null)
        {
            var parent = Path.GetDirectoryName(existing);
            if (parent is null)
            {
                return full;
            }

            missing.Push(Path.GetFileName(existing));
            existing = parent;
        }

        return missing.Aggregate(real, Path.Combine);
    }

    /// <summary>The identity of an existing file or folder (links followed); null where it cannot be known.</summary>
    public static Identity? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        const uint InodeMask = 0x100; // STATX_INO
        Span<byte> buffer = stackalloc byte[256];
        if (!Statx(path, 0, InodeMask, buffer))
        {
            return null;
        }

        return new Identity(
            MemoryMarshal.Read<uint>(buffer[136..]), // stx_dev_major
            MemoryMarshal.Read<uint>(buffer[140..]), // stx_dev_minor
            MemoryMarshal.Read<ulong>(buffer[32..])); // stx_ino
    }

    /// <summary>Whether <paramref name="path"/> itself (never a link's target) is a regular file: no link, folder, FIFO, socket or device.</summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var file = new FileInfo(path);
            return file.Exists && file.LinkTarget is null
                && (file.Attributes & (FileAttributes.Directory | FileAttributes.ReparsePoint | FileAttributes.Device)) == 0;
        }

        return FileType(path, followLinks: false) == RegularFile;
    }

    /// <summary>
    /// What <paramref name="path"/> is when it exists and is not a regular file ("a FIFO", "a directory"), links
    /// followed; null for a regular file, or where the kind cannot be told (statx is Linux's: elsewhere only
    /// folders are recognised, and opening the file reports any other problem).
    /// </summary>
    public static string? NotARegularFile(string path)
    {
        if (Directory.Exists(path))
        {
            return "a directory";
        }

        return FileType(path, followLinks: true) switch
        {
            null or RegularFile => null,
            0x1000 => "a FIFO",
            0x2000 => "a character device",
            0x4000 => "a directory",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "not a file",
        };
    }

    /// <summary>The real path of an existing file or folder, every link resolved; null when it does not exist.</summary>
    public static string? Existing(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? Path.GetFullPath(target.FullName) : File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : null;
        }

        return RealPathOf(path);
    }

    /// <summary>
    /// Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it, links resolved;
    /// where both exist, by identity on disk too (case-insensitive file systems, bind mounts).
    /// </summary>
    public static bool Contains(string outer, string inner)
    {
        var realOuter = Resolve(outer);
        var realInner = Resolve(inner);
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (realInner.Equals(realOuter, comparison) || realInner.StartsWith(realOuter + Path.DirectorySeparatorChar, comparison))
        {
            return true;
        }

        if (Of(realOuter) is not { } outerIdentity)
        {
            return false;
        }

        for (var folder = realInner; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Of(folder) == outerIdentity)
            {
                return true;
            }
        }

        return false;
    }

    private const int RegularFile = 0x8000; // S_IFREG

    // The S_IFMT bits of stx_mode; null where statx cannot tell (not Linux, or the path does not exist).
    private static int? FileType(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
        const uint TypeMask = 0x1; // STATX_TYPE
        Span<byte> buffer = stackalloc byte[256];
        return Statx(path, followLinks ? 0 : NoFollow, TypeMask, buffer)
            ? MemoryMarshal.Read<ushort>(buffer[28..]) & 0xF000 // stx_mode & S_IFMT
            : null;
    }

    // struct statx has one layout on every Linux architecture (256 bytes).
    private static bool Statx(string path, int flags, uint mask, Span<byte> buffer)
    {
        const int AtCurrentDirectory = -100;
        try
        {
            return Native.Statx(AtCurrentDirectory, path, flags, mask, ref MemoryMarshal.GetReference(buffer)) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static unsafe string? RealPathOf(string path)
    {
        var result = Native.RealPath(path, 0);
        if (result == 0)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(result);
        }
        finally
        {
            NativeMemory.Free((void*)result);
        }
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint RealPath(string path, nint resolved);

        [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);
    }
}
