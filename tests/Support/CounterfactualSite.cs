using System.Text;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Tests.Support;

/// <summary>
/// A report page written by the same steps as SiteWriter (assets, charts, page, index.html), with the
/// counterfactual pictures given (the estimator's, <see cref="CounterfactualPicture.Of"/>) or left out (null), so
/// the weight the pictures add can be measured.
/// </summary>
internal static class CounterfactualSite
{
    /// <summary>Writes assets/ and index.html into <paramref name="root"/>; returns the index.html path.</summary>
    public static string Write(string root, ReportModel model, Func<PlatformReport, IReadOnlyList<CounterfactualPicture>>? pictures)
    {
        var templates = TemplateSet.Default;
        Directory.CreateDirectory(root);
        SiteAssets.Write(root, templates);
        var slugs = ViewSlugs.Assign(model.Views);
        var charts = ReportCharts.Build(model, slugs, pictures);
        var page = SitePageBuilder.Build(model, slugs, charts, SiteOptions.Default, templates);
        var index = Path.Combine(root, SiteWriter.IndexFile);
        File.WriteAllText(index, templates.RenderHtml("layout.sbn", page), new UTF8Encoding(false));
        return index;
    }
}
