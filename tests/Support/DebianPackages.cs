namespace RoiReportGen.Tests.Support;

/// <summary>
/// The Debian packages the tests need (tests/Setup/debian-packages.txt: a package and the file that shows it is
/// installed, one a line). `dotnet test` installs missing ones first (tests/Setup/install-debian-packages.sh); where it
/// could not, the browser tests fail with <see cref="Problem"/>'s one line.
/// </summary>
public static class DebianPackages
{
    /// <summary>The list as the test build copies it beside the tests.</summary>
    public static string ListPath { get; } = Path.Combine(AppContext.BaseDirectory, "Setup", "debian-packages.txt");

    /// <summary>Each package of a list with the file that is there once it is installed.</summary>
    public static IReadOnlyList<(string Package, string File)> Read(string listPath) =>
        File.ReadLines(listPath)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => (parts[0], parts[1]))
            .ToList();

    /// <summary>The packages of a list whose file is absent, in list order.</summary>
    public static IReadOnlyList<string> Missing(string listPath) =>
        Read(listPath).Where(p => !File.Exists(p.File) && !Directory.Exists(p.File)).Select(p => p.Package).ToList();

    /// <summary>The one line saying what to install, or null when every package is there.</summary>
    public static string? Problem(string listPath)
    {
        var missing = Missing(listPath);
        return missing.Count == 0
            ? null
            : $"The browser tests need Debian packages that are missing; install them with: sudo apt-get install {string.Join(' ', missing)}";
    }

    /// <summary>Throws with <see cref="Problem"/>'s line when a package of the tests' list is missing.</summary>
    public static void Require()
    {
        if (Problem(ListPath) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }
}
