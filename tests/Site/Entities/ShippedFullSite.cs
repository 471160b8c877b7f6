using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site.Entities;

/// <summary>
/// The shipped data's whole site (report, views, downloads and entity pages) built once by the real command line,
/// with its model and entity slugs, for every class that only reads it (issue 17 item 5: the link, period-seam and
/// lift-insight tests each built their own, one of them by SiteWriter's page step alone).
/// </summary>
public sealed class ShippedFullSite : IDisposable
{
    private readonly TempFolder temp = new();

    public ShippedFullSite()
    {
        try
        {
            Root = temp.Combine("site");
            var run = CliRun.Of("build", "--data", RepoPaths.Data, "--out", Root);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"build failed ({run.ExitCode}): {run.Error}");
            }

            Model = ReportCalculator.Compute(DataSetLoader.Load(RepoPaths.Data), MetricsOptions.Default);
            Pages = EntitySlugs.For(Model);
            Document = SiteDocument.Load(Root);
        }
        catch
        {
            // A constructor that throws is never disposed: remove the temp folder here.
            temp.Dispose();
            throw;
        }
    }

    public ReportModel Model { get; }

    public EntitySlugs Pages { get; }

    public string Root { get; }

    public AngleSharp.Html.Dom.IHtmlDocument Document { get; }

    public void Dispose() => temp.Dispose();
}

/// <summary>The classes that read the one build of the shipped data; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ShippedSiteGroup : ICollectionFixture<ShippedFullSite>
{
    public const string Name = "shipped site";
}
