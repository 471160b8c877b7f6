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
    private readonly BuiltSite site = BuiltSite.Shipped();

    public ShippedFullSite()
    {
        try
        {
            Model = ReportCalculator.Compute(DataSetLoader.Load(RepoPaths.Data), MetricsOptions.Default);
            Pages = EntitySlugs.For(Model);
        }
        catch
        {
            // A constructor that throws is never disposed: remove the build here.
            site.Dispose();
            throw;
        }
    }

    public ReportModel Model { get; }

    public EntitySlugs Pages { get; }

    public string Root => site.Root;

    public AngleSharp.Html.Dom.IHtmlDocument Document => site.Document;

    public void Dispose() => site.Dispose();
}

/// <summary>The classes that read the one build of the shipped data; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ShippedSiteGroup : ICollectionFixture<ShippedFullSite>
{
    public const string Name = "shipped site";
}
