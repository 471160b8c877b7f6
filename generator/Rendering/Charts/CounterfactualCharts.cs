using RoiReportGen.Metrics.Incrementality;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// Lays out the counterfactual pictures of a view (see <see cref="CounterfactualSection"/>). An overlap group is
/// estimated together, so its campaigns share one picture, ranked by their summed payout. Page weight stays
/// bounded: at most <see cref="MaxPictures"/> figures are embedded (once, in the All view; a platform view
/// points at them and embeds only its own small multiples that the All view does not hold).
/// </summary>
public static class CounterfactualCharts
{
    public const string Name = "counterfactual";

    /// <summary>Small multiples per view.</summary>
    public const int Panels = 6;

    /// <summary>Pictures the All view embeds at most (small multiples and the select's figures).</summary>
    public const int MaxPictures = 40;

    public static readonly IReadOnlyList<string> Columns =
        ["Campaign", "Verdict", "Lift", "Counterfactual revenue", "Incremental revenue", "90% interval", "Payout", "iROAS", "iROAS 90% interval", "Estimated with", "Method"];

    /// <param name="shared">The All view's <see cref="CounterfactualSection.Shared"/>, or null when building the All view itself.</param>
    /// <param name="pages">The entity pages the campaign names in captions and tables link to (null: no links).</param>
    public static CounterfactualSection Build(string slug, IReadOnlyList<CounterfactualPicture> pictures, IReadOnlyDictionary<string, string>? shared, EntitySlugs? pages = null)
    {
        var ordered = pictures
            .OrderByDescending(p => p.Payout)
            .ThenBy(p => p.Campaign, StringComparer.Ordinal)
            .ToList();
        var groups = ordered
            .Where(p => p.Drawable)
            .GroupBy(p => Key(p.Group), StringComparer.Ordinal)
            .Select(g => g.ToList())
            .OrderByDescending(g => g.Sum(p => p.Payout))
            .ThenBy(g => Key(g[0].Group), StringComparer.Ordinal)
            .ToList();

        var defined = new Dictionary<string, string>(StringComparer.Ordinal);
        var panels = new List<CounterfactualPanel>();
        var choices = new List<CounterfactualChoice>();
        var blocks = new List<CounterfactualFigureBlock>();
        var undrawn = 0;
        foreach (var (group, index) in groups.Select((g, i) => (g, i)))
        {
            var key = Key(group[0].Group);
            var caption = TitleParts(group, name => pages?.CampaignPage(name));
            var title = Text(caption);
            var localId = ElementIds.Figure(slug, $"{Name}-{index + 1}");
            string? borrowed = shared is not null && shared.TryGetValue(key, out var id) ? id : null;
            if (index < Panels)
            {
                var json = borrowed is null ? CounterfactualFigure.Json(group[0].Estimate.Series!) : null;
                panels.Add(new CounterfactualPanel(
                    ElementIds.Chart(slug, $"{Name}-{index + 1}"), borrowed ?? localId, title, caption, AriaLabel(title), json,
                    Table(group, pages)));
                if (json is not null)
                {
                    defined[key] = localId;
                }
            }
            else if (borrowed is not null)
            {
                choices.Add(new CounterfactualChoice(borrowed, title));
            }
            else if (shared is null && index < MaxPictures)
            {
                blocks.Add(new CounterfactualFigureBlock(localId, CounterfactualFigure.Json(group[0].Estimate.Series!)));
                choices.Add(new CounterfactualChoice(localId, title));
                defined[key] = localId;
            }
            else
            {
                undrawn += group.Count;
            }
        }

        return new CounterfactualSection(
            panels,
            ElementIds.Chart(slug, Name + "-pick"),
            ElementIds.InView(slug, Name + "-select"),
            choices,
            blocks,
            [.. ordered.Where(p => !p.Drawable).Select(p => new CounterfactualNotDrawn(p.Campaign, p.Estimate.Lift))],
            undrawn,
            defined);
    }

    /// <summary>A piece of a picture's title: text, with the campaign's page (site-relative) when it is a campaign's name.</summary>
    public sealed record TitlePart(string Text, string? Page = null);

    /// <summary>What the picture of an overlap group is called: its campaigns, and that they share it.</summary>
    public static string Title(IReadOnlyList<CounterfactualPicture> group) => Text(TitleParts(group, _ => null));

    /// <summary>As <see cref="Title"/>, in pieces: each campaign's name with its page from <paramref name="page"/>.</summary>
    public static IReadOnlyList<TitlePart> TitleParts(IReadOnlyList<CounterfactualPicture> group, Func<string, string?> page)
    {
        var names = group[0].Group;
        return names.Count > 1
            ? [.. NameParts(names, page), new(": overlapping, estimated together (one shared picture)")]
            : [new(group[0].Campaign, page(group[0].Campaign)), new($": {group[0].Estimate.Verdict}; lift: {group[0].Estimate.Lift}")];
    }

    /// <summary>Rows a picture's chart data table lists at most; the report's campaign table lists every campaign.</summary>
    public const int TableRows = 20;

    /// <summary>
    /// A picture's chart data table, each campaign's name linking to its page: at most <see cref="TableRows"/> rows,
    /// <paramref name="first"/> (the campaign whose page this is) leading, then the group in its order. Capped
    /// because every campaign page of a large overlap group carries the group's table: uncapped, a group of 1,000
    /// wrote 1,000 pages of 1,000 rows each (317 MB, most of a build's time).
    /// </summary>
    public static ChartDataTable Table(IReadOnlyList<CounterfactualPicture> group, EntitySlugs? pages, string? first = null)
    {
        var listed = group.Count <= TableRows
            ? group
            : [.. group.Where(p => IsCampaign(p, first)).Take(1).Concat(group.Where(p => !IsCampaign(p, first))).Take(TableRows)];
        var table = ChartView.Table(Columns, listed, Row, (0, p => pages?.CampaignPage(p.Campaign)));
        return listed.Count == group.Count
            ? table
            : table with
            {
                Note = $"{DisplayFormat.Count(listed.Count)} of the group's {DisplayFormat.Count(group.Count)} campaigns are listed; every campaign is in the report's campaign table and campaign_summary.csv.",
            };
    }

    private static bool IsCampaign(CounterfactualPicture p, string? name) => string.Equals(p.Campaign, name, StringComparison.Ordinal);

    /// <summary>"A", "A and B", "A, B and C", "A, B, C and 5 more".</summary>
    public static string Names(IReadOnlyList<string> names) => Text([.. NameParts(names, _ => null)]);

    private static IEnumerable<TitlePart> NameParts(IReadOnlyList<string> names, Func<string, string?> page)
    {
        var listed = names.Count <= ListedNames ? names.Count : ListedNames - 1;
        for (var i = 0; i < listed; i++)
        {
            if (i > 0)
            {
                yield return new(i == listed - 1 && names.Count <= ListedNames ? " and " : ", ");
            }

            yield return new(names[i], page(names[i]));
        }

        if (names.Count > ListedNames)
        {
            yield return new($" and {DisplayFormat.Count(names.Count - ListedNames + 1)} more");
        }
    }

    private static string Text(IReadOnlyList<TitlePart> parts) => string.Concat(parts.Select(p => p.Text));

    private const int ListedNames = 4;

    private static string AriaLabel(string title) =>
        $"Daily revenue of the products against the counterfactual with its 90% band, window shaded, and cumulative lift: {title}";

    // Group names hold any character but U+0001, which a campaign name read from CSV cannot usefully carry; the key never reaches the page.
    private static string Key(IReadOnlyList<string> group) => string.Join('\u0001', group);

    /// <summary>A picture's row of its chart data table (also the campaign page's).</summary>
    internal static IReadOnlyList<string> Row(CounterfactualPicture p)
    {
        var e = p.Estimate;
        return
        [
            p.Campaign,
            e.Verdict,
            e.Lift,
            DisplayFormat.Money(e.CounterfactualRevenue),
            DisplayFormat.Money(e.IncrementalRevenue),
            Interval(DisplayFormat.Money(e.IncrementalRevenueLow), DisplayFormat.Money(e.IncrementalRevenueHigh), e.IncrementalRevenueLow),
            DisplayFormat.Money(p.Payout),
            DisplayFormat.Ratio(e.Iroas),
            Interval(DisplayFormat.Ratio(e.IroasLow), DisplayFormat.Ratio(e.IroasHigh), e.IroasLow),
            Names([.. e.OverlapGroup.Where(c => !string.Equals(c, p.Campaign, StringComparison.Ordinal)).Order(StringComparer.Ordinal)]),
            MethodLabel(e.Method),
        ];
    }

    private static string Interval(string low, string high, decimal? lowValue) =>
        lowValue is null ? DisplayFormat.Undefined : $"{low} to {high}";

    public const string ControlsLabel = "control products (ratio, weekday effects)";
    public const string LevelLabel = "pre-period level (no control product)";

    /// <summary>The method in words, as the Method section names it.</summary>
    public static string MethodLabel(string method) => method switch
    {
        EstimateMethods.TbrControls => ControlsLabel,
        EstimateMethods.PrePeriodLevel => LevelLabel,
        _ => DisplayFormat.Undefined,
    };
}
