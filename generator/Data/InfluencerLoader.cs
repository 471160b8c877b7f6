namespace RoiReportGen.Data;

/// <summary>Reads influencers.csv: one accepted <see cref="Influencer"/> per valid row, in file order.</summary>
internal static class InfluencerLoader
{
    public const string FileName = "influencers.csv";

    public static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new("influencer_id", Required: true, Alias: "id"),
        new("name", Required: true),
        new("platform", Required: true),
        new("category", Required: false),
        new("gender", Required: false),
        new("follower_count", Required: true),
    ];

    private const int Id = 0, Name = 1, Platform = 2, Category = 3, Gender = 4, Followers = 5;

    public static List<Influencer> Load(string folder, PlatformNames platforms, IssueLog log, List<string> notices)
    {
        using var table = CsvTable.Open(folder, FileName, Columns);
        if (table.UnknownColumnsNotice is { } notice)
        {
            notices.Add(notice);
        }

        var rows = new RowValidator(table, log);
        var accepted = new List<Influencer>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        while (table.Read())
        {
            var platformText = table.Text(Platform);
            var platform = platformText.Length == 0 ? "" : platforms.Normalise(platformText);
            var used = TryRead(table, rows, firstLine, out var influencer, platform);
            rows.Log.EndRow();
            if (used)
            {
                // Only rows that are used decide how a platform is spelt.
                var spelt = influencer with { Platform = platforms.Register(influencer.Platform) };
                firstLine.Add(spelt.Id, spelt.Line);
                accepted.Add(spelt);
            }
        }

        return accepted;
    }

    private static bool TryRead(
        CsvTable table, RowValidator rows, Dictionary<string, int> firstLine, out Influencer influencer, string platform)
    {
        influencer = null!;
        if (!rows.BeginRow(platform) || !rows.RequireText(Id, out var id))
        {
            return false;
        }

        rows.Log.InfluencerId = id;

        if (firstLine.TryGetValue(id, out var seen))
        {
            return rows.Log.Exclude(rows.Name(Id), id, $"duplicate influencer_id, first seen on line {seen}");
        }

        if (!rows.RequireText(Name, out var name)
            || !rows.RequireText(Platform, out _)
            || !rows.RequireCount(Followers, out var followers))
        {
            return false;
        }

        var category = table.Text(Category);
        var gender = table.Text(Gender);
        influencer = new Influencer(
            id,
            name,
            platform,
            category.Length == 0 ? "Uncategorised" : category,
            gender.Length == 0 ? "Unspecified" : gender,
            followers,
            table.Line);
        return true;
    }
}
