using System.Security.Cryptography;

namespace RoiReportGen.Tests.Support;

/// <summary>A folder's content as relative path → SHA-256, to compare two outputs byte for byte.</summary>
public static class FolderSnapshot
{
    /// <summary>Every file under <paramref name="folder"/>; empty when the folder does not exist.</summary>
    public static SortedDictionary<string, string> Of(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(folder, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }
}
