using System.Diagnostics;
using System.Globalization;
using RoiReportGen.Diagnostics;
using RoiReportGen.FileSystem;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Pdf;
using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Pipeline;

/// <summary>`build`: load and validate → compute the report model once → render it into a new output folder.</summary>
public static class ReportBuilder
{
    // Enough to see what is wrong; the full list is in data_issues.csv and on the page.
    private const int IssuesShown = 20;

    /// <param name="timings">Gets each stage's time (`--timings`); null when nobody asked.</param>
    public static int Run(BuildOptions options, TextWriter output, TextWriter error, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var clock = Stopwatch.StartNew();
        if (OutputFolder.Contains(options.OutputDirectory, options.DataDirectory))
        {
            error.WriteLine($"--out '{options.OutputDirectory}' would replace the data folder '{options.DataDirectory}': choose another output folder. Nothing was written.");
            return ExitCodes.Fatal;
        }

        var site = options.Site;
        if (options.Pdf)
        {
            var chromium = ChromiumLocator.Find(Environment.GetEnvironmentVariable);
            if (chromium is null)
            {
                error.WriteLine($"--pdf needs Chromium to print the report, and none was found: install it (Debian: apt-get install chromium) or set {ChromiumLocator.OverrideVariable} to its path. Nothing was written.");
                return ExitCodes.Fatal;
            }

            site = site with { PdfBrowser = chromium };
        }

        // Before any work, so a folder that may not be replaced is named at once; checked again at the swap.
        OutputClaim claim;
        try
        {
            claim = OutputFolder.Claim(options.OutputDirectory);
        }
        catch (OutputFolderException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Fatal;
        }

        if (options.Summary is { } asked && SummaryFile.Refusal(asked, options.DataDirectory) is { } refusal)
        {
            error.WriteLine(refusal);
            return ExitCodes.Fatal;
        }

        // A summary inside the output folder is written with the report, into its staging folder: swapped in with it
        // and listed in its marker as a file the build wrote.
        var summaryInReport = options.Summary is { } s && OutputFolder.Contains(options.OutputDirectory, s.MarkdownPath)
            ? Path.GetRelativePath(claim.FullPath, RealPath.Resolve(s.MarkdownPath))
            : null;

        var data = DataLoading.TryLoad(options.DataDirectory, error, options.MaxDateSpanDays, timings);
        if (data is null)
        {
            return ExitCodes.Fatal;
        }

        if (options.Strict && data.Issues.Count > 0)
        {
            DataLoading.PrintIssues(data, error, int.MaxValue);
            error.WriteLine($"--strict: {data.Issues.Count} {(data.Issues.Count == 1 ? "data issue" : "data issues")}; the output folder was left as it was.");
            return ExitCodes.DataIssues;
        }

        DataLoading.PrintIssues(data, error, IssuesShown);
        // Said at the end, worked out now: the data set is then no longer needed while the site is written.
        var readSummary = DataLoading.Summary(data);
        if (!SummaryFile.TryComputeBaseline(options.Summary, options.Metrics, error, out var baseline, options.MaxDateSpanDays))
        {
            return ExitCodes.Fatal;
        }

        var model = ReportCalculator.Compute(data, options.Metrics, timings);
        int files;
        IReadOnlyList<string> warnings;
        try
        {
            files = 0;
            warnings = OutputFolder.Replace(claim, folder =>
            {
                files = SiteWriter.Write(folder, model, site, TemplateSet.Default, timings) + 1;
                if (summaryInReport is not null && !SummaryFile.TryWrite(options.Summary!, model, baseline, options.Site.Title, error, Path.Combine(folder, summaryInReport)))
                {
                    throw new OutputFolderException("the summary could not be written, so the report was not replaced.");
                }
            });
        }
        catch (OutputFolderException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Fatal;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot write the output folder '{options.OutputDirectory}': {e.Message}");
            return ExitCodes.Fatal;
        }

        foreach (var warning in warnings)
        {
            error.WriteLine($"warning: {warning}");
        }

        if (options.Summary is { } summary && summaryInReport is null && !SummaryFile.TryWrite(summary, model, baseline, options.Site.Title, error))
        {
            return ExitCodes.Fatal;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{readSummary}; wrote {files} files to {options.OutputDirectory} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return ExitCodes.Success;
    }
}
