using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace RoiReportGen.Tests.Support;

/// <summary>A site built by the real command line from a fixture, with its index.html parsed.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly TempFolder temp = new();

    public BuiltSite(string fixture, params string[] extraArgs)
    {
        Data = temp.CopyFixture(fixture);
        Root = temp.Combine("site");
        var run = CliRun.Of(["build", "--data", Data, "--out", Root, .. extraArgs]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"build failed ({run.ExitCode}): {run.Error}");
        }

        Html = File.ReadAllText(Path.Combine(Root, "index.html"));
        Document = new HtmlParser().ParseDocument(Html);
    }

    public string Data { get; }

    public string Root { get; }

    public string Html { get; }

    public IHtmlDocument Document { get; }

    public TempFolder Temp => temp;

    public void Dispose() => temp.Dispose();
}
