namespace RoiReportGen.Rendering.Pdf;

/// <summary>Finds a Chromium (or Chrome) executable to print the report with.</summary>
public static class ChromiumLocator
{
    /// <summary>Set this to a browser executable to use it instead of searching the PATH.</summary>
    public const string OverrideVariable = "ROIREPORT_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    /// <summary>The browser's path, or null when none is installed.</summary>
    public static string? Find(Func<string, string?> environment)
    {
        var configured = environment(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = environment("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
