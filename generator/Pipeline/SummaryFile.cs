using System.Text;
using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering.Summary;

namespace RoiReportGen.Pipeline;

/// <summary>The `--summary-md` part of `build`: the comparison data read up front, the file written last.</summary>
public static class SummaryFile
{
    /// <summary>
    /// The report model of `--compare-data`, computed like the main one's All-time views (the summary compares
    /// All-time KPIs only, so its months and quarters are not computed; no site is written for it);
    /// null when there is nothing to compare. False when that folder cannot be loaded (the message is printed).
    /// </summary>
    public static bool TryComputeBaseline(
        SummaryOptions? summary, MetricsOptions metrics, TextWriter error, out ReportModel? baseline, int maxDateSpanDays = DateWindow.DefaultMaxSpanDays)
    {
        baseline = null;
        if (summary?.CompareDataDirectory is not { } directory)
        {
            return true;
        }

        var data = DataLoading.TryLoad(directory, error, maxDateSpanDays);
        if (data is null)
        {
            error.WriteLine($"--compare-data: cannot load '{directory}'; nothing was written.");
            return false;
        }

        baseline = ReportCalculator.ComputeAllTime(data, metrics);
        return true;
    }

    /// <summary>Writes the summary Markdown (UTF-8, no BOM, LF line ends); false when it cannot (the message is printed).</summary>
    public static bool TryWrite(SummaryOptions summary, ReportModel model, ReportModel? baseline, string title, TextWriter error)
    {
        try
        {
            var full = Path.GetFullPath(summary.MarkdownPath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, SummaryMarkdownWriter.Format(model, title, baseline), new UTF8Encoding(false));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot write the summary '{summary.MarkdownPath}': {e.Message}");
            return false;
        }
    }
}
