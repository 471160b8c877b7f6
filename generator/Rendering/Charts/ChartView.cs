using Plotly.NET;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>What every chart builder gets: the view, its slug, the report-wide platform colours and order, and the entity pages.</summary>
/// <param name="Platforms">The platforms of the model, in the model's order (the heatmap rows of the All view).</param>
/// <param name="Pages">The entity pages a click on a bar opens (the report's one <see cref="EntitySlugs"/>).</param>
public sealed record ChartView(PlatformReport View, string Slug, PlatformColors Colors, IReadOnlyList<string> Platforms, EntitySlugs Pages)
{
    /// <summary>How captions and labels name the view.</summary>
    public string Label => View.IsAll ? "all platforms" : View.Name;

    /// <summary>Wraps a finished chart and its table into the page's record, with ids from fixed names.</summary>
    public ChartFigure Figure(string name, string title, GenericChart chart, ChartDataTable data) => new(
        ChartJson.ChartId(Slug, name),
        ChartJson.FigureId(Slug, name),
        title,
        $"{title}, {Label}",
        ChartJson.Serialize(chart),
        data);

    public static ChartDataTable Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows) =>
        new(columns, rows.ToList());

    /// <summary>A table of one row per item whose cells in <paramref name="links"/>' columns link to the item's entity page.</summary>
    public static ChartDataTable Table<T>(
        IReadOnlyList<string> columns, IEnumerable<T> items, Func<T, IReadOnlyList<string>> row, params (int Column, Func<T, string?> Page)[] links)
    {
        var list = items.ToList();
        return new(
            columns,
            [.. list.Select(row)],
            [.. list.Select(item =>
            {
                var hrefs = new string?[columns.Count];
                foreach (var (column, page) in links)
                {
                    hrefs[column] = page(item);
                }

                return (IReadOnlyList<string?>)hrefs;
            })]);
    }
}
