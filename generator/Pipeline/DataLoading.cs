using System.Globalization;
using RoiReportGen.Data;
using RoiReportGen.Diagnostics;

namespace RoiReportGen.Pipeline;

/// <summary>The loading step shared by `build` and `validate`: fatal errors, notices and issues on the console.</summary>
public static class DataLoading
{
    /// <summary>Loads the data folder, or prints the one fatal message and returns null.</summary>
    public static DataSet? TryLoad(
        string dataDirectory, TextWriter error, int maxDateSpanDays = DateWindow.DefaultMaxSpanDays, StageTimings? timings = null)
    {
        try
        {
            var data = DataSetLoader.Load(
                dataDirectory, new ConsoleProgress(error, "tracking_data.csv"), maxDateSpanDays, timings ?? new StageTimings());
            foreach (var notice in data.Notices)
            {
                error.WriteLine($"notice: {notice}");
            }

            return data;
        }
        catch (InputFileException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }

    /// <summary>Prints up to <paramref name="limit"/> issues and says how many more there are.</summary>
    public static void PrintIssues(DataSet data, TextWriter error, int limit)
    {
        foreach (var issue in data.Issues.Take(limit))
        {
            error.WriteLine(IssueText.Format(issue));
        }

        if (data.Issues.Count > limit)
        {
            error.WriteLine($"... and {data.Issues.Count - limit} more data issues (all of them are in data_issues.csv)");
        }
    }

    private static string RowWord(string file) => file switch
    {
        "influencers.csv" => "influencers",
        "posts.csv" => "posts",
        "tracking_data.csv" => "tracking rows",
        "payouts.csv" => "payout rows",
        _ => $"{file} rows",
    };

    /// <summary>"read …; rejected …": what was read and what was left out.</summary>
    public static string Summary(DataSet data)
    {
        var read = string.Join(", ", data.Counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Rows:N0} {RowWord(c.File)}")));
        var excluded = data.Counts.Sum(c => c.Excluded);
        return string.Create(CultureInfo.InvariantCulture,
            $"read {read}; rejected {excluded:N0} {(excluded == 1 ? "row" : "rows")}; {data.Issues.Count:N0} {(data.Issues.Count == 1 ? "data issue" : "data issues")}");
    }
}
