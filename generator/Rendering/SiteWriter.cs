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
        // Two writers at a time: each reads only the model and writes files no other one writes, and each spreads its
        // own files over the cores, so one keeps a core busy while the other waits on a step of its own. Their times
        // are recorded in a fixed order once all four are done.
        (int Files, StageTiming Timing) downloads = default, workbook = default, views = default, entityPages = default;
        ParallelFiles.Together(
            () =>
            {
                downloads = StageTimings.Time("downloads", () => DownloadsWriter.Write(siteRoot, model, slugs));
                workbook = StageTimings.Time("workbook", () =>
                {
                    ReportWorkbook.Write(siteRoot, model);
                    return 1;
                });
            },
            () =>
            {
                // Charts are built per period inside the views stage, interleaved with the view templates.
                views = StageTimings.Time("views", () => WritePage(siteRoot, model, slugs, CounterfactualPicture.Of, options, templates, pages));
                entityPages = StageTimings.Time("pages", () => EntityPagesWriter.Write(siteRoot, model, slugs, pages, options, templates));
            });
        var files = 0;
        foreach (var (written, timing) in new[] { downloads, workbook, views, entityPages })
        {
            timings.Add(timing);
            files += written;
        }

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

        // The counterfactual figures the All × All-time view embeds and every other view points at are worked out
        // first (the same section that view then builds, its figures made once); every period, all time too, then only
        // reads the model, so all are rendered and written on every core. All time's All view goes into index.html.
        var allTime = model.Periods[0];
        var shared = pictures is null
            ? new Dictionary<string, string>()
            : CounterfactualCharts.Build(ElementIds.ViewKey(ViewSlugs.All, allTime.Period.Slug), pictures(allTime.All), shared: null, pages).Shared;
        ViewPage? main = null;
        files += ParallelFiles.Write(model.Periods, period =>
        {
            var written = WritePeriod(siteRoot, model, period, slugs, pictures, ReferenceEquals(period, allTime) ? null : shared, method, templates, pages);
            if (written.Main is not null)
            {
                main = written.Main;
            }

            return written.Files;
        });

        if (main is null)
        {
            throw new InvalidOperationException("the model has no All-time period");
        }

        var shell = SitePageBuilder.Shell(model, slugs, main, options);
        File.WriteAllText(Path.Combine(siteRoot, IndexFile), templates.RenderHtml("layout.sbn", shell), Utf8);
        return files + 1;
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// Renders one period's views and writes the file of each but the All × All-time view, which it returns as Main
    /// (null in other periods). <paramref name="shared"/>: the counterfactual figures the views point at, or null in the
    /// all-time period, whose All view embeds them.
    /// </summary>
    private static (ViewPage? Main, int Files) WritePeriod(
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

        return (main, files);
    }
}
