using RoiReportGen.FileSystem;

namespace RoiReportGen.Data;

/// <summary>
/// Lets the loader open only regular files inside the data folder. A FIFO named posts.csv would block the build
/// forever on open, a device could be read without end, and a symbolic link could make the report publish a file
/// from elsewhere on the machine. The kind of file is checked from its path before it is opened (opening a FIFO
/// is what blocks). A link is followed only when its final target, with every link resolved, is inside the data
/// folder (also resolved): a data folder that links to its files elsewhere must name that folder instead.
/// </summary>
internal static class InputFileGuard
{
    /// <exception cref="InputFileException">The file is missing, is not a regular file, or links outside the folder.</exception>
    public static void Check(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            var target = RealPath.Existing(path)
                ?? throw new InputFileException(file, 0, "", $"is a link to '{info.LinkTarget}', which does not exist");
            if (!RealPath.Contains(folder, target))
            {
                throw new InputFileException(file, 0, "", "is a link to a file outside the data folder: only regular files in the data folder are read");
            }
        }
        else if (!info.Exists && !Directory.Exists(path))
        {
            throw new InputFileException(file, 0, "", $"file not found in '{folder}'");
        }

        if (RealPath.NotARegularFile(path) is { } kind)
        {
            throw new InputFileException(file, 0, "", $"is not a regular file ({kind}): only regular files are read");
        }
    }
}
