using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

// The same aggregations as RoiReportGen's loader and metrics core, in DuckDB over the same CSV files:
// tracking rolled up by date, source kind, campaign, influencer, brand and product; posts and payouts
// summed per influencer. Prints the median wall time of the runs, in seconds, on the last line.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: DuckBench DATA_DIR [RUNS]");
    return 2;
}

var data = Path.GetFullPath(args[0]);
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var times = new List<double>();
for (var run = 0; run < runs; run++)
{
    var clock = Stopwatch.StartNew();
    var (groups, checksum) = Aggregate(data);
    times.Add(clock.Elapsed.TotalSeconds);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"duckdb run {run + 1}: {clock.Elapsed.TotalSeconds:0.000} s, {groups} tracking groups, revenue {checksum}"));
}

times.Sort();
Console.WriteLine(times[times.Count / 2].ToString("0.000", CultureInfo.InvariantCulture));
return 0;

static (long Groups, decimal Revenue) Aggregate(string data)
{
    using var connection = new DuckDBConnection("DataSource=:memory:");
    connection.Open();
    string Csv(string file, string columns) =>
        $"read_csv('{Path.Combine(data, file).Replace("'", "''", StringComparison.Ordinal)}', header = true, delim = ',', quote = '\"', columns = {{{columns}}})";

    var influencers = Csv("influencers.csv",
        "'influencer_id': 'VARCHAR', 'name': 'VARCHAR', 'platform': 'VARCHAR', 'category': 'VARCHAR', 'gender': 'VARCHAR', 'follower_count': 'BIGINT'");
    var tracking = Csv("tracking_data.csv",
        "'date': 'DATE', 'source': 'VARCHAR', 'campaign': 'VARCHAR', 'influencer_id': 'VARCHAR', 'user_id': 'VARCHAR', 'brand': 'VARCHAR', 'product': 'VARCHAR', 'orders': 'BIGINT', 'revenue': 'DECIMAL(18,2)'");
    var posts = Csv("posts.csv",
        "'post_id': 'VARCHAR', 'influencer_id': 'VARCHAR', 'platform': 'VARCHAR', 'date': 'DATE', 'url': 'VARCHAR', 'caption': 'VARCHAR', 'reach': 'BIGINT', 'likes': 'BIGINT', 'comments': 'BIGINT'");
    var payouts = Csv("payouts.csv",
        "'influencer_id': 'VARCHAR', 'campaign': 'VARCHAR', 'basis': 'VARCHAR', 'rate': 'DECIMAL(18,2)', 'orders': 'BIGINT', 'total_payout': 'DECIMAL(18,2)', 'date': 'VARCHAR'");

    // Organic: no influencer and a blank or 'organic' source (docs/LOADING.md). Attributed rows must
    // name a known influencer, as the loader checks.
    var rollup = $"""
        WITH inf AS (SELECT influencer_id FROM {influencers}),
        t AS (
            SELECT date, TRIM(COALESCE(source, '')) AS source, TRIM(COALESCE(campaign, '')) AS campaign,
                   TRIM(COALESCE(influencer_id, '')) AS influencer_id, COALESCE(NULLIF(TRIM(brand), ''), 'Unbranded') AS brand,
                   TRIM(product) AS product, orders, revenue
            FROM {tracking}),
        k AS (
            SELECT *, (influencer_id = '' AND (source = '' OR LOWER(source) = 'organic')) AS organic FROM t)
        SELECT date, organic, CASE WHEN organic THEN '' ELSE campaign END AS campaign, influencer_id, brand, product,
               SUM(orders) AS orders, SUM(revenue) AS revenue, COUNT(*) AS rows
        FROM k
        WHERE organic OR (campaign <> '' AND influencer_id IN (SELECT influencer_id FROM inf))
        GROUP BY ALL
        ORDER BY date, organic DESC, campaign, influencer_id, brand, product
        """;
    long groups = 0;
    var revenue = 0m;
    using (var command = connection.CreateCommand())
    {
        command.CommandText = rollup;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            groups++;
            revenue += reader.GetDecimal(7);
        }
    }

    Drain(connection, $"""
        SELECT influencer_id, COUNT(*), SUM(reach), SUM(likes), SUM(comments),
               SUM(CASE WHEN reach > 0 THEN CAST(likes + comments AS DECIMAL(38,10)) / reach END)
        FROM {posts} WHERE influencer_id IN (SELECT influencer_id FROM {influencers}) GROUP BY influencer_id
        """);
    Drain(connection, $"SELECT influencer_id, COALESCE(campaign, ''), SUM(total_payout), SUM(orders) FROM {payouts} GROUP BY ALL");
    return (groups, revenue);
}

static void Drain(DuckDBConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    using var reader = command.ExecuteReader();
    while (reader.Read())
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            _ = reader.GetValue(i);
        }
    }
}
