using System.Text;
using RoiReportGen.Data;
using RoiReportGen.FileSystem;
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

    /// <summary>
    /// Why <paramref name="summary"/>'s file may not be written, or null when it may: never a link (it would write
    /// wherever the link points), never anything but a regular file, never inside a data folder (a data file would be
    /// overwritten) or inside a folder a build stages or parks a report in (<c>.NAME.building-…</c>, <c>.NAME.previous-…</c>).
    /// Checked before any work, like --out.
    /// </summary>
    public static string? Refusal(SummaryOptions summary, string dataDirectory)
    {
        var path = summary.MarkdownPath;
        var entry = new FileInfo(path);
        if (entry.LinkTarget is not null)
        {
            return $"--summary-md '{path}' is a symbolic link: name a regular file or a new one. Nothing was written.";
        }

        if (Path.Exists(path) && !RealPath.IsRegularFile(path))
        {
            return $"--summary-md '{path}' is not a regular file. Nothing was written.";
        }

        foreach (var data in new[] { dataDirectory, summary.CompareDataDirectory })
        {
            if (data is not null && RealPath.Contains(data, path))
            {
                return $"--summary-md '{path}' is inside the data folder '{data}': choose a file outside it, so no data file can be overwritten. Nothing was written.";
            }
        }

        var folder = RealPath.Resolve(Path.GetDirectoryName(Path.GetFullPath(path))!);
        for (var f = folder; f is not null; f = Path.GetDirectoryName(f))
        {
            var name = Path.GetFileName(f);
            if (SiblingNames.IsBuildFolder(name))
            {
                return $"--summary-md '{path}' is inside a folder where a build stages or parks a report ('{f}'). Nothing was written.";
            }
        }

        return null;
    }

    /// <summary>
    /// Writes the summary Markdown (UTF-8, no BOM, LF line ends) into a new file beside the target, renamed over it
    /// (a reader sees the old file or the new one, never half of one); false when it cannot (the message is printed).
    /// </summary>
    /// <param name="path">Where to write it: the option's file, or its place in the staging folder of the report.</param>
    public static bool TryWrite(SummaryOptions summary, ReportModel model, ReportModel? baseline, string title, TextWriter error, string? path = null)
    {
        try
        {
            var full = Path.GetFullPath(path ?? summary.MarkdownPath);
            var folder = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, $"{SiblingNames.Stem(Path.GetFileName(full))}.writing-{Environment.ProcessId}");
            try
            {
                File.WriteAllText(temporary, SummaryMarkdownWriter.Format(model, title, baseline), new UTF8Encoding(false));
                File.Move(temporary, full, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot write the summary '{summary.MarkdownPath}': {e.Message}");
            return false;
        }
    }
}
