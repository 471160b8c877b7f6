using RoiReportGen.Metrics;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Tests.Support;

/// <summary>
/// A report page written by SiteWriter's own page step (assets, charts, page, index.html), with the
/// counterfactual pictures given (the estimator's, <see cref="CounterfactualPicture.Of"/>) or left out (null), so
/// the weight the pictures add can be measured.
/// </summary>
internal static class CounterfactualSite
{
    /// <summary>Writes assets/ and index.html into <paramref name="root"/>; returns the index.html path.</summary>
    public static string Write(string root, ReportModel model, Func<PlatformReport, IReadOnlyList<CounterfactualPicture>>? pictures)
    {
        Directory.CreateDirectory(root);
        SiteWriter.WritePage(root, model, ViewSlugs.Assign(model.Views), pictures, SiteOptions.Default, TemplateSet.Default);
        return Path.Combine(root, SiteWriter.IndexFile);
    }
}
