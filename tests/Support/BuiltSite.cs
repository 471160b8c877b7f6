using AngleSharp.Html.Dom;

namespace RoiReportGen.Tests.Support;

/// <summary>A site built by the real command line from a fixture: its index.html, and every view parsed into one document (<see cref="SiteDocument"/>).</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly TempFolder temp = new();

    public BuiltSite(string fixture, params string[] extraArgs)
        : this(folder => folder.CopyFixture(fixture), extraArgs)
    {
    }

    private BuiltSite(Func<TempFolder, string> data, string[] extraArgs)
    {
        try
        {
            Data = data(temp);
            Root = temp.Combine("site");
            var run = CliRun.Of(["build", "--data", Data, "--out", Root, .. extraArgs]);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"build failed ({run.ExitCode}): {run.Error}");
            }

            Html = File.ReadAllText(Path.Combine(Root, "index.html"));
            Document = SiteDocument.Load(Root);
        }
        catch
        {
            // A constructor that throws is never disposed: remove the temp folder here.
            temp.Dispose();
            throw;
        }
    }

    /// <summary>The shipped data (data/), built where it is rather than from a copy.</summary>
    public static BuiltSite Shipped() => new(_ => RepoPaths.Data, []);

    public string Data { get; }

    public string Root { get; }

    public string Html { get; }

    public IHtmlDocument Document { get; }

    public TempFolder Temp => temp;

    public void Dispose() => temp.Dispose();
}
