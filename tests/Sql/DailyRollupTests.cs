using DuckDB.NET.Data;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Sql;

/// <summary>
/// sql/daily_rollup.sql, run unchanged in DuckDB over simulated raw order events, gives a
/// tracking_data.csv whose report has the same numbers as the report of the raw file.
/// </summary>
public sealed class DailyRollupTests : IDisposable
{
    private static readonly string[] Downloads =
        ["influencer_summary.csv", "campaign_summary.csv", "brand_summary.csv", "persona_summary.csv", "payout_summary.csv"];

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_report_of_the_daily_rollup_has_the_numbers_of_the_raw_events()
    {
        var raw = temp.Combine("raw");
        Assert.Equal(0, CliRun.Of("simulate", "--out", raw, "--influencers", "80", "--tracking-rows", "20000", "--seed", "7").ExitCode);
        var rolled = temp.Combine("rolled");
        Directory.CreateDirectory(rolled);
        foreach (var file in new[] { "influencers.csv", "posts.csv", "payouts.csv" })
        {
            File.Copy(Path.Combine(raw, file), Path.Combine(rolled, file));
        }

        var rows = Rollup(Path.Combine(raw, "tracking_data.csv"), Path.Combine(rolled, "tracking_data.csv"));
        Assert.InRange(rows, 100, 15_000); // fewer rows than events: it did roll up

        Assert.Equal(0, CliRun.Of("build", "--data", raw, "--out", temp.Combine("site-raw")).ExitCode);
        Assert.Equal(0, CliRun.Of("build", "--data", rolled, "--out", temp.Combine("site-rolled")).ExitCode);
        // Every download of every platform × period view (downloads/PLATFORM/PERIOD/ too, issue 13).
        var raws = Directory.GetFiles(temp.Combine("site-raw", "downloads"), "*.csv", SearchOption.AllDirectories);
        Assert.Contains(raws, f => f.EndsWith(Path.Combine("all", "2025-04", "influencer_summary.csv"), StringComparison.Ordinal));
        foreach (var file in raws.Where(f => Downloads.Contains(Path.GetFileName(f))))
        {
            var relative = Path.GetRelativePath(temp.Combine("site-raw"), file);
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(temp.Combine("site-rolled", relative)));
        }

        // Simulated raw events are clean: the issues (posts and payouts only) are the same too.
        var issues = File.ReadAllText(temp.Combine("site-raw", "downloads", "data_issues.csv"));
        Assert.DoesNotContain("tracking_data.csv", issues, StringComparison.Ordinal);
        Assert.Equal(issues, File.ReadAllText(temp.Combine("site-rolled", "downloads", "data_issues.csv")));
    }

    // DuckDB sorts NULLs last; the order of the output does not matter to the loader.
    [Fact]
    public void Organic_and_attributed_events_keep_the_loaders_classification()
    {
        var events = temp.Combine("events.csv");
        File.WriteAllText(events, """
            date,source,campaign,influencer_id,user_id,brand,product,orders,revenue
            2025-04-01,organic,,,U1,MuscleBlaze,Whey,1,100.50
            2025-04-01, ORGANIC ,SummerFit,,U2,MuscleBlaze,Whey,2,200.25
            2025-04-01,,,,U3,,Whey,1,10.00
            2025-04-01,organic,SummerFit,INF1,U4,MuscleBlaze,Whey,1,50.00
            2025-04-01,instagram,SummerFit,INF1,U5,MuscleBlaze,Whey,3,150.00
            2025-04-01,,SummerFit,INF1,U6,MuscleBlaze,Whey,1,5.00
            2025-04-01,instagram,SummerFit,,U7,MuscleBlaze,Whey,1,7.00
            2025-04-02,organic,,,U8,MuscleBlaze,Whey,,9.00
            """.ReplaceLineEndings("\n"));
        var output = temp.Combine("rollup.csv");
        Rollup(events, output);
        Assert.Equal(
            """
            date,source,campaign,influencer_id,user_id,brand,product,orders,revenue
            2025-04-01,influencer,SummerFit,INF1,,MuscleBlaze,Whey,5,205.00
            2025-04-01,influencer,SummerFit,,,MuscleBlaze,Whey,1,7.00
            2025-04-01,organic,,,,MuscleBlaze,Whey,3,300.75
            2025-04-01,organic,,,,,Whey,1,10.00

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(output).ReplaceLineEndings("\n"));
    }

    // Loads the events as raw_tracking_events, runs the file's statement unchanged and writes the CSV.
    private static long Rollup(string events, string output)
    {
        var statement = File.ReadAllText(Path.Combine(RepoPaths.Root, "sql", "daily_rollup.sql")).Trim().TrimEnd(';');
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, $"""
            CREATE TABLE raw_tracking_events AS SELECT * FROM read_csv('{events}', header = true, delim = ',', quote = '"',
              columns = {'{'}'date': 'DATE', 'source': 'VARCHAR', 'campaign': 'VARCHAR', 'influencer_id': 'VARCHAR',
                         'user_id': 'VARCHAR', 'brand': 'VARCHAR', 'product': 'VARCHAR', 'orders': 'BIGINT', 'revenue': 'DECIMAL(18,2)'{'}'})
            """);
        Execute(connection, $"COPY ({statement}) TO '{output}' (HEADER, DELIMITER ',')");
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM read_csv('{output}', header = true)";
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
