using RoiReportGen.Metrics;
using RoiReportGen.Rendering.Csv;

namespace RoiReportGen.Rendering;

/// <summary>Renders the report model into a site folder; returns how many files it wrote.</summary>
public static class SiteWriter
{
    public static int Write(string siteRoot, ReportModel model)
    {
        var slugs = ViewSlugs.Assign(model.Views);
        return DownloadsWriter.Write(siteRoot, model, slugs);
    }
}
