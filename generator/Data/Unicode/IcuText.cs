using System.Runtime.InteropServices;

namespace RoiReportGen.Data.Unicode;

/// <summary>
/// The two Unicode services the loader needs from ICU, the system's Unicode library: NFC normalisation and the
/// confusable skeleton of UTS #39 (<c>uspoof_getSkeleton</c>). The program runs in .NET's invariant globalization
/// mode, where <see cref="string.Normalize()"/> does nothing, so ICU is called directly: found the way .NET finds it
/// (the newest libicuuc/libicui18n with versioned symbols), loaded the first time a non-ASCII key is met, and absent
/// from a machine without ICU (<see cref="Instance"/> is then null and the caller says so).
/// </summary>
internal sealed unsafe class IcuText
{
    private const int BufferOverflow = 15; // U_BUFFER_OVERFLOW_ERROR

    private static readonly Lazy<IcuText?> Loaded = new(Load);

    private readonly delegate* unmanaged<void*, char*, int, char*, int, int*, int> normalize;
    private readonly delegate* unmanaged<void*, uint, char*, int, char*, int, int*, int> skeleton;
    private readonly void* nfc;
    private readonly void* spoof;
    private readonly Lock gate = new();

    private IcuText(nint uc, nint i18n, string suffix)
    {
        var getNfc = (delegate* unmanaged<int*, void*>)NativeLibrary.GetExport(uc, "unorm2_getNFCInstance" + suffix);
        normalize = (delegate* unmanaged<void*, char*, int, char*, int, int*, int>)NativeLibrary.GetExport(uc, "unorm2_normalize" + suffix);
        var open = (delegate* unmanaged<int*, void*>)NativeLibrary.GetExport(i18n, "uspoof_open" + suffix);
        skeleton = (delegate* unmanaged<void*, uint, char*, int, char*, int, int*, int>)NativeLibrary.GetExport(i18n, "uspoof_getSkeleton" + suffix);
        var status = 0;
        nfc = getNfc(&status);
        spoof = open(&status);
        if (status > 0 || nfc is null || spoof is null)
        {
            throw new InvalidOperationException($"ICU failed to start (error {status})");
        }
    }

    /// <summary>ICU, or null on a machine without it.</summary>
    public static IcuText? Instance => Loaded.Value;

    /// <summary>The NFC form of <paramref name="text"/>.</summary>
    public string Nfc(string text) => Call(text, (source, length, target, capacity, status) => normalize(nfc, source, length, target, capacity, status));

    /// <summary>The UTS #39 skeleton of <paramref name="text"/>: two texts that look alike have the same skeleton.</summary>
    public string Skeleton(string text)
    {
        // A spoof checker is not safe to share between threads while it works.
        lock (gate)
        {
            return Call(text, (source, length, target, capacity, status) => skeleton(spoof, 0, source, length, target, capacity, status));
        }
    }

    private delegate int IcuCall(char* source, int length, char* target, int capacity, int* status);

    private static string Call(string text, IcuCall call)
    {
        var capacity = (text.Length * 2) + 16;
        while (true)
        {
            var buffer = new char[capacity];
            var status = 0;
            int written;
            fixed (char* source = text)
            fixed (char* target = buffer)
            {
                written = call(source, text.Length, target, capacity, &status);
            }

            if (status == BufferOverflow && written > capacity)
            {
                capacity = written;
                continue;
            }

            return status > 0 ? text : new string(buffer, 0, written);
        }
    }

    private static IcuText? Load()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // Newest first, as .NET probes; Debian 12 has 72.
        for (var version = 90; version >= 50; version--)
        {
            if (NativeLibrary.TryLoad($"libicuuc.so.{version}", out var uc) && NativeLibrary.TryLoad($"libicui18n.so.{version}", out var i18n))
            {
                try
                {
                    return new IcuText(uc, i18n, $"_{version}");
                }
                catch (Exception e) when (e is EntryPointNotFoundException or InvalidOperationException)
                {
                    return null;
                }
            }
        }

        return null;
    }
}
