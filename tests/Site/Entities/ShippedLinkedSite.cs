using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Site.Entities;

/// <summary>The shipped data's site written by SiteWriter's page step once, with its model and entity pages, for the link tests.</summary>
public sealed class ShippedLinkedSite : IDisposable
{
    private readonly TempFolder temp = new();

    public ShippedLinkedSite()
    {
        Model = ReportCalculator.Compute(DataSetLoader.Load(RepoPaths.Data), MetricsOptions.Default);
        Pages = EntitySlugs.For(Model);
        Root = temp.Combine("site");
        Directory.CreateDirectory(Root);
        SiteWriter.WritePage(Root, Model, ViewSlugs.Assign(Model.Views), CounterfactualPicture.Of, SiteOptions.Default, TemplateSet.Default, Pages);
        Document = SiteDocument.Load(Root);
    }

    public ReportModel Model { get; }

    public EntitySlugs Pages { get; }

    public string Root { get; }

    public AngleSharp.Html.Dom.IHtmlDocument Document { get; }

    public void Dispose() => temp.Dispose();
}
