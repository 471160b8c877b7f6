namespace RoiReportGen.Data;

/// <summary>
/// Keeps, while posts.csv is read, each influencer's latest <see cref="PerInfluencer"/> posts (by date, then line):
/// what the influencer pages list. Bounded memory: a list is trimmed back to the cap whenever it reaches twice the cap.
/// </summary>
internal sealed class PostRowKeeper
{
    /// <summary>Posts listed per influencer page; the page says how many earlier posts it leaves out.</summary>
    public const int PerInfluencer = 50;

    /// <summary>Longest caption or URL kept (characters); a longer one is cut and ends with "…".</summary>
    public const int MaxTextLength = 500;

    private static readonly Comparison<PostRow> Latest = (a, b) =>
        b.Date != a.Date ? b.Date.CompareTo(a.Date) : b.Line.CompareTo(a.Line);

    private readonly Dictionary<string, List<PostRow>> rows = new(StringComparer.Ordinal);

    public void Add(PostRow row)
    {
        if (!rows.TryGetValue(row.InfluencerId, out var list))
        {
            list = [];
            rows.Add(row.InfluencerId, list);
        }

        list.Add(row with { Url = Cut(row.Url), Caption = Cut(row.Caption) });
        if (list.Count >= 2 * PerInfluencer)
        {
            Trim(list);
        }
    }

    /// <summary>Every kept row: influencer file order, then latest first.</summary>
    public List<PostRow> Rows(IReadOnlyList<Influencer> influencers)
    {
        var result = new List<PostRow>();
        foreach (var influencer in influencers)
        {
            if (rows.TryGetValue(influencer.Id, out var list))
            {
                Trim(list);
                result.AddRange(list);
            }
        }

        return result;
    }

    private static void Trim(List<PostRow> list)
    {
        list.Sort(Latest);
        if (list.Count > PerInfluencer)
        {
            list.RemoveRange(PerInfluencer, list.Count - PerInfluencer);
        }
    }

    // Cut on a code-point boundary: never half a surrogate pair.
    private static string Cut(string text)
    {
        if (text.Length <= MaxTextLength)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[MaxTextLength - 2]) ? MaxTextLength - 2 : MaxTextLength - 1;
        return string.Concat(text.AsSpan(0, end), "…");
    }
}
