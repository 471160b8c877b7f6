namespace RoiReportGen.Data;

/// <summary>
/// Reads posts.csv into one <see cref="PostStats"/> per influencer, one <see cref="PostDay"/> per influencer and
/// day for the period views, and each influencer's latest posts for its page (<see cref="PostRowKeeper"/>). Posts are summed as they are read; a post is always counted under its influencer's platform.
/// </summary>
internal static class PostLoader
{
    public const string FileName = "posts.csv";

    public static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new("post_id", Required: false),
        new("influencer_id", Required: true),
        new("platform", Required: false),
        new("date", Required: true, Date: true),
        new("url", Required: false, Verbatim: true),
        new("caption", Required: false, FreeText: true),
        new("reach", Required: true),
        new("likes", Required: true),
        new("comments", Required: true),
    ];

    private const int PostId = 0, InfluencerId = 1, Platform = 2, Date = 3, Url = 4, Caption = 5, Reach = 6, Likes = 7, Comments = 8;

    /// <returns>The all-time sums (in file order, as ever: the All-time figures are these exact sums) and the daily ones.</returns>
    public static (List<PostStats> Posts, List<PostDay> Days, List<PostRow> Rows) Load(
        string folder,
        IReadOnlyList<Influencer> influencers,
        IReadOnlyDictionary<string, Influencer> byId,
        PlatformNames platforms,
        IssueLog log,
        List<string> notices,
        DateWindow? window,
        Dictionary<DateOnly, long> postsPerDay)
    {
        using var table = CsvTable.Open(folder, FileName, Columns);
        if (table.UnknownColumnsNotice is { } notice)
        {
            notices.Add(notice);
        }

        var rows = new RowValidator(table, log) { Window = window };
        var sums = new Dictionary<string, PostAccumulator>(StringComparer.Ordinal);
        var daily = new Dictionary<(string Influencer, DateOnly Date), PostAccumulator>();
        var file = new PostAccumulator();
        var kept = new PostRowKeeper();
        while (table.Read())
        {
            var influencer = byId.GetValueOrDefault(table.Text(InfluencerId));
            var used = TryRead(table, rows, influencer, platforms, out var date, out var reach, out var likes, out var comments)
                && WithinCaps(table, rows, file, reach, likes, comments);
            rows.Log.EndRow();
            if (used)
            {
                file.Add(reach, likes, comments);
                postsPerDay[date] = postsPerDay.GetValueOrDefault(date) + 1;
                if (!sums.TryGetValue(influencer!.Id, out var sum))
                {
                    sum = new PostAccumulator();
                    sums.Add(influencer.Id, sum);
                }

                sum.Add(reach, likes, comments);
                if (!daily.TryGetValue((influencer.Id, date), out var day))
                {
                    day = new PostAccumulator();
                    daily.Add((influencer.Id, date), day);
                }

                day.Add(reach, likes, comments);
                kept.Add(new PostRow(influencer.Id, date, table.Text(PostId), table.Text(Url), table.Text(Caption), reach, likes, comments, table.Line));
            }
        }

        // Influencer file order, never dictionary order; days in date order within an influencer.
        var order = influencers.Select((i, n) => (i.Id, n)).ToDictionary(x => x.Id, x => x.n, StringComparer.Ordinal);
        var days = daily
            .OrderBy(d => order[d.Key.Influencer])
            .ThenBy(d => d.Key.Date)
            .Select(d => new PostDay(d.Key.Date, d.Value.ToStats(d.Key.Influencer)))
            .ToList();
        var posts = influencers
            .Where(i => sums.ContainsKey(i.Id))
            .Select(i => sums[i.Id].ToStats(i.Id))
            .ToList();
        return (posts, days, kept.Rows(influencers));
    }

    // The file's totals cap every influencer's (TotalCaps): a post that would take one over is excluded.
    private static bool WithinCaps(CsvTable table, RowValidator rows, PostAccumulator file, long reach, long likes, long comments)
    {
        var over = !TotalCaps.Fits(file.Reach, reach) ? Reach
            : !TotalCaps.Fits(file.Likes, likes) ? Likes
            : !TotalCaps.Fits(file.Comments, comments) ? Comments
            : -1;
        return over < 0 || rows.Log.Exclude(rows.Name(over), table.Text(over), TotalCaps.Reason(rows.Name(over), amount: false));
    }

    private static bool TryRead(
        CsvTable table,
        RowValidator rows,
        Influencer? influencer,
        PlatformNames platforms,
        out DateOnly date,
        out long reach,
        out long likes,
        out long comments)
    {
        reach = likes = comments = 0;
        date = default;
        if (!rows.BeginRow(influencer?.Platform ?? "", influencer?.Id ?? "") || !rows.RequireText(InfluencerId, out var id))
        {
            return false;
        }

        if (influencer is null)
        {
            return rows.Log.Exclude(rows.Name(InfluencerId), id, "unknown influencer_id");
        }

        var platformText = table.Text(Platform);
        if (platformText.Length > 0 && platforms.Register(platformText) != influencer.Platform)
        {
            rows.Log.Correct(
                rows.Name(Platform), platformText, $"post platform differs from the influencer's; counted under {influencer.Platform}");
        }

        if (!rows.RequireDate(Date, out date)
            || !rows.RequireCount(Reach, out reach)
            || !rows.RequireCount(Likes, out likes)
            || !rows.RequireCount(Comments, out comments))
        {
            return false;
        }

        if (reach == 0)
        {
            rows.Log.Keep(rows.Name(Reach), "0", "reach is 0: left out of engagement rates");
        }

        return true;
    }
}
