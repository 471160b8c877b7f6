using System.Text;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Rendering.Pdf;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Rendering.Site.Entities;

namespace RoiReportGen.Rendering;

/// <summary>
/// Renders the report model into a site folder: index.html, assets/, views/, downloads/, the entity pages and, when asked,
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
        files += EntityPagesWriter.Write(siteRoot, model, slugs, options, templates);

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
    /// Writes assets/, index.html (the shell and the All × All-time view) and views/PLATFORM/PERIOD.js for every other
    /// platform × period view, all from the same view template; returns how many files. <paramref name="pictures"/>
    /// null leaves the counterfactual pictures out (the tests measure the weight they add that way).
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
        var method = SitePageBuilder.Method(model, templates);
        var utf8 = new UTF8Encoding(false);
        ViewPage? main = null;
        IReadOnlyDictionary<string, string>? shared = null;
        foreach (var period in model.Periods)
        {
            // The view of platform i in any period is Platforms[i]: it takes the All-time view's slug.
            var platformSlugs = new Dictionary<PlatformReport, string>(ReferenceEqualityComparer.Instance) { [period.All] = ViewSlugs.All };
            foreach (var (view, index) in period.Platforms.Select((v, i) => (v, i)))
            {
                platformSlugs[view] = slugs[model.Platforms[index]];
            }

            var keys = new Dictionary<PlatformReport, string>(ReferenceEqualityComparer.Instance);
            foreach (var (view, slug) in platformSlugs)
            {
                keys[view] = ElementIds.ViewKey(slug, period.Period.Slug);
            }

            var charts = ReportCharts.Build(model, period, keys, pictures, shared);
            shared ??= charts[period.All].Counterfactual?.Shared ?? new Dictionary<string, string>();
            foreach (var (view, viewIndex) in period.Views.Select((v, i) => (v, i)))
            {
                var page = SitePageBuilder.View(model, period.Period, view, viewIndex, platformSlugs[view], charts[view], method, templates);
                if (!page.Hidden)
                {
                    main = page;
                    continue;
                }

                var path = Path.Combine(siteRoot, ViewScript.RelativePath(page.Slug, page.PeriodSlug));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, ViewScript.Content(page.Slug, page.PeriodSlug, templates.RenderHtml("view.sbn", page)), utf8);
                files++;
            }
        }

        var shell = SitePageBuilder.Shell(model, slugs, main ?? throw new InvalidOperationException("the model has no All-time period"), options);
        File.WriteAllText(Path.Combine(siteRoot, IndexFile), templates.RenderHtml("layout.sbn", shell), utf8);
        return files + 1;
    }
}
