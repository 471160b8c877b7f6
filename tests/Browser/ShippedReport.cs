using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Browser;

/// <summary>
/// The report of the shipped data/, built once for the browser tests with `--pdf` (so PdfTests reads the report.pdf of
/// this one build by the generator's real --pdf path instead of building the site again), and the browser.
/// </summary>
public sealed class ShippedReport : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("roireportgen-browser-").FullName;
    private BrowserSession? session;

    public string Root => Path.Combine(folder, "site");

    /// <summary>report.pdf as `build --pdf` printed it with Debian's Chromium.</summary>
    public string Pdf => Path.Combine(Root, "report.pdf");

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
        try
        {
            // Before the build: a missing Chromium or pdftotext fails every browser test with one line naming it.
            DebianPackages.Require();
            var run = CliRun.Of("build", "--data", RepoPaths.Data, "--out", Root, "--pdf");
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException(run.Error);
            }

            session = await BrowserSession.StartAsync();
        }
        catch
        {
            // Whether xunit disposes a fixture whose start failed is its business: leave no temp folder either way.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
            session = null;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>The browser tests share one browser and one built report, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<ShippedReport>
{
    public const string Name = "browser";
}
