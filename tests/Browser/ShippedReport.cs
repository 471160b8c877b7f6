using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Browser;

/// <summary>The report of the shipped data/, built once for the browser tests, and the browser.</summary>
public sealed class ShippedReport : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("roireportgen-browser-").FullName;
    private BrowserSession? session;

    public string Root => Path.Combine(folder, "site");

    public BrowserSession Session => session ?? throw new InvalidOperationException("not started");

    /// <summary>The view slugs in tab order.</summary>
    public IReadOnlyList<string> Slugs { get; } = ["all", "instagram", "twitter", "youtube"];

    /// <summary>A copy of the site to break (a view file deleted or damaged) without touching the shared one.</summary>
    public string CopyTo(string target)
    {
        foreach (var file in Directory.GetFiles(Root, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    public async Task InitializeAsync()
    {
        var run = CliRun.Of("build", "--data", RepoPaths.Data, "--out", Root);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(run.Error);
        }

        session = await BrowserSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>The browser tests share one browser and one built report, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<ShippedReport>
{
    public const string Name = "browser";
}
