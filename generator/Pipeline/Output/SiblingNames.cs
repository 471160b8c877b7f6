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
}
