using RoiReportGen.Data;
using RoiReportGen.Diagnostics;

namespace RoiReportGen.Pipeline;

/// <summary>`validate`: load the data, print every notice and issue, write nothing.</summary>
public static class DataValidator
{
    public static int Run(
        string dataDirectory,
        bool strict,
        TextWriter output,
        TextWriter error,
        int maxDateSpanDays = DateWindow.DefaultMaxSpanDays,
        StageTimings? timings = null)
    {
        var data = DataLoading.TryLoad(dataDirectory, error, maxDateSpanDays, timings);
        if (data is null)
        {
            return ExitCodes.Fatal;
        }

        DataLoading.PrintIssues(data, output, int.MaxValue);
        output.WriteLine(DataLoading.Summary(data));

        return strict && data.Issues.Count > 0 ? ExitCodes.DataIssues : ExitCodes.Success;
    }
}
