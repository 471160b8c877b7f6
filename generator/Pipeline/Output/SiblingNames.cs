using System.Security.Cryptography;
using System.Text;

namespace RoiReportGen.Pipeline;

/// <summary>
/// The start of the names a run gives the files and folders it makes beside a target (staging and parked folders,
/// a summary's temporary file): ".NAME", or, when NAME is so long that a sibling would pass the file system's
/// 255-byte name limit, the start of NAME cut at a character boundary and "~" with 8 hex digits of its SHA-256. A
/// 255-byte --out name can then still be built, and every sibling of one target starts the same.
/// </summary>
internal static class SiblingNames
{
    /// <summary>What follows the stem in a build's staging folder (<c>.NAME.building-PID-RANDOM</c>).</summary>
    public const string Building = ".building";

    /// <summary>What follows the stem in a parked previous report (<c>.NAME.previous-PID-RANDOM</c>).</summary>
    public const string Previous = ".previous";

    private const int MaxNameBytes = 255;

    // The longest ending a sibling takes: ".previous-", a process id of up to 10 digits, "-" and 8 hex digits.
    private const int LongestEnding = 29;

    private const int HashDigits = 8;

    public static string Stem(string name)
    {
        var stem = "." + name;
        if (Encoding.UTF8.GetByteCount(stem) + LongestEnding <= MaxNameBytes)
        {
            return stem;
        }

        var budget = MaxNameBytes - LongestEnding - 1 - 1 - HashDigits; // ".", "~" and the hash
        var cut = new StringBuilder();
        var bytes = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            cut.Append(rune.ToString());
            bytes += rune.Utf8SequenceLength;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..HashDigits];
        return $".{cut}~{hash}";
    }

    /// <summary>Whether <paramref name="stem"/>'s sibling <paramref name="name"/> is a staging or parked folder.</summary>
    public static bool IsBuildFolder(string name, string stem) =>
        name.StartsWith(stem + Building, StringComparison.Ordinal) || name.StartsWith(stem + Previous, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a staging or parked folder of any target.</summary>
    public static bool IsBuildFolder(string name) =>
        name.StartsWith('.') && (name.Contains(Building, StringComparison.Ordinal) || name.Contains(Previous, StringComparison.Ordinal));
}
