namespace RoiReportGen.Tests.Support;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>The folder that holds RoiReportGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped data set.</summary>
    public static string Data => Path.Combine(Root, "data");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RoiReportGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no RoiReportGen.sln above {AppContext.BaseDirectory}");
    }
}
