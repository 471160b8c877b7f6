using System.Text;
using RoiReportGen.Diagnostics;
using RoiReportGen.Metrics;
using RoiReportGen.Metrics.Periods;
using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Csv;
using RoiReportGen.Rendering.Pdf;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Rendering.Site.Entities;
using RoiReportGen.Rendering.Workbook;

namespace RoiReportGen.Rendering;

/// <summary>
/// Renders the report model into a site folder: index.html, assets/, views/, downloads/, report.xlsx, the entity pages and, when asked,
/// report.pdf and report.zip (which then holds the PDF too). Like BenchmarkDotNet's exporters, each writer only formats the one model.
/// </summary>
public static class SiteWriter
{
    public const string IndexFile = "index.html";

    /// <summary>Writes the whole site; returns how many files it wrote. <paramref name="timings"/> gets each stage's time.</summary>
    public static int Write(string siteRoot, ReportModel model, SiteOptions options, TemplateSet templates, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var slugs = ViewSlugs.Assign(model.Views);
        var pages = EntitySlugs.For(model);
        var files = timings.Measure("downloads", () => DownloadsWriter.Write(siteRoot, model, slugs));
        // report.xlsx: the All × All-time view's download tables as one workbook; always written, so report.zip holds it.
        files += timings.Measure("workbook", () =>
        {
            ReportWorkbook.Write(siteRoot, model);
            return 1;
        });
        // Charts are built per period inside the views stage, interleaved with the view templates.
        files += timings.Measure("views", () => WritePage(siteRoot, model, slugs, CounterfactualPicture.Of, options, templates, pages));
        files += timings.Measure("pages", () => EntityPagesWriter.Write(siteRoot, model, slugs, pages, options, templates));

        if (options.PdfBrowser is { } chromium)
        {
            timings.Measure("pdf", () => PdfPrinter.Print(chromium, siteRoot));
            files++;
        }

        if (options.Zip)
        {
            timings.Measure("zip", () => SiteZip.Write(siteRoot));
            files++;
        }

        return files;
    }

    /// <summary>
    /// Writes assets/, index.html (the shell and the All × All-time view) and views/PLATFORM/PERIOD.js for every other
    /// platform × period view, all from the same view template, and the search index (assets/search-index.js); returns
    /// how many files. <paramref name="pictures"/> null leaves the counterfactual pictures out (the tests measure the
    /// weight they add that way). Names in tables, insights and charts link to the entity pages of
    /// <paramref name="pages"/> (computed from the model when not given).
    /// </summary>
    internal static int WritePage(
        string siteRoot,
        ReportModel model,
        IReadOnlyDictionary<PlatformReport, string> slugs,
        Func<PlatformReport, IReadOnlyList<CounterfactualPicture>>? pictures,
        SiteOptions options,
        TemplateSet templates,
        EntitySlugs? pages = null)
    {
        pages ??= EntitySlugs.For(model);
        var files = SiteAssets.Write(siteRoot, templates);
        files += SearchIndex.Write(siteRoot, model, pages);
        var method = SitePageBuilder.Method(model, templates);

        // All time first: its All view goes into index.html and defines the counterfactual figures every other view
        // points at. The other periods then only read the model, so they are rendered and written on every core.
        var allTime = WritePeriod(siteRoot, model, model.Periods[0], slugs, pictures, shared: null, method, templates, pages);
        var shared = allTime.Shared;
        files += allTime.Files;
        files += ParallelFiles.Write(
            model.Periods.Skip(1), period => WritePeriod(siteRoot, model, period, slugs, pictures, shared, method, templates, pages).Files);

        var main = allTime.Main ?? throw new InvalidOperationException("the model has no All-time period");
        var shell = SitePageBuilder.Shell(model, slugs, main, options);
        File.WriteAllText(Path.Combine(siteRoot, IndexFile), templates.RenderHtml("layout.sbn", shell), Utf8);
        return files + 1;
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// Renders one period's views and writes the file of each but the All × All-time view, which it returns as Main
    /// (null in other periods). Shared: the counterfactual figures other views may point at (those of this period's
    /// All view when <paramref name="shared"/> is null, else <paramref name="shared"/> itself).
    /// </summary>
    private static (ViewPage? Main, IReadOnlyDictionary<string, string> Shared, int Files) WritePeriod(
        string siteRoot,
        ReportModel model,
        PeriodReport period,
        IReadOnlyDictionary<PlatformReport, string> slugs,
        Func<PlatformReport, IReadOnlyList<CounterfactualPicture>>? pictures,
        IReadOnlyDictionary<string, string>? shared,
        TrustedHtml method,
        TemplateSet templates,
        EntitySlugs pages)
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

        var charts = ReportCharts.Build(model, period, keys, pictures, shared, pages);
        shared ??= charts[period.All].Counterfactual?.Shared ?? new Dictionary<string, string>();
        ViewPage? main = null;
        var files = 0;
        foreach (var (view, viewIndex) in period.Views.Select((v, i) => (v, i)))
        {
            var page = SitePageBuilder.View(model, period.Period, view, viewIndex, platformSlugs[view], charts[view], method, templates, pages);
            if (!page.Hidden)
            {
                main = page;
                continue;
            }

            var path = Path.Combine(siteRoot, ViewScript.RelativePath(page.Slug, page.PeriodSlug));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, ViewScript.Content(page.Slug, page.PeriodSlug, templates.RenderHtml("view.sbn", page)), Utf8);
            files++;
        }

        return (main, shared, files);
    }
}
