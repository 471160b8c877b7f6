using System.Text;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Rendering.Pdf;
using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Rendering;

/// <summary>
/// Renders the report model into a site folder: index.html, assets/, downloads/ and, when asked,
/// report.pdf and report.zip (which then holds the PDF too). Like BenchmarkDotNet's exporters, each writer only formats the one model.
/// </summary>
public static class SiteWriter
{
    public const string IndexFile = "index.html";

    /// <summary>Writes the whole site; returns how many files it wrote.</summary>
    public static int Write(string siteRoot, ReportModel model, SiteOptions options, TemplateSet templates)
    {
        var slugs = ViewSlugs.Assign(model.Views);
        var files = DownloadsWriter.Write(siteRoot, model, slugs);
        files += WritePage(siteRoot, model, slugs, CounterfactualPicture.Of, options, templates);

        if (options.PdfBrowser is { } chromium)
        {
            PdfPrinter.Print(chromium, siteRoot);
            files++;
        }

        if (options.Zip)
        {
            SiteZip.Write(siteRoot);
            files++;
        }

        return files;
    }

    /// <summary>
    /// Writes assets/ and index.html; returns how many files. <paramref name="pictures"/> null leaves the
    /// counterfactual pictures out (the tests measure the weight they add that way).
    /// </summary>
    internal static int WritePage(
        string siteRoot,
        ReportModel model,
        IReadOnlyDictionary<PlatformReport, string> slugs,
        Func<PlatformReport, IReadOnlyList<CounterfactualPicture>>? pictures,
        SiteOptions options,
        TemplateSet templates)
    {
        var files = SiteAssets.Write(siteRoot, templates);
        var charts = ReportCharts.Build(model, slugs, pictures);
        var page = SitePageBuilder.Build(model, slugs, charts, options, templates);
        File.WriteAllText(Path.Combine(siteRoot, IndexFile), templates.RenderHtml("layout.sbn", page), new UTF8Encoding(false));
        return files + 1;
    }
}
