using Plotly.NET;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// Plotly.NET's objects are dynamic: setting a property by its plotly.js name reaches every attribute
/// without the F# API's long lists of FSharpOption arguments (which C# cannot leave out).
/// </summary>
internal static class Dyn
{
    /// <summary>A plain plotly.js object (shape, annotation, axis part) with the given properties, in order.</summary>
    public static DynamicObj.DynamicObj Obj(params (string Key, object? Value)[] properties) =>
        Set(new DynamicObj.DynamicObj(), properties);

    public static T Set<T>(T target, params (string Key, object? Value)[] properties)
        where T : DynamicObj.DynamicObj
    {
        // A null means "not set": plotly.js then uses its default rather than a null it may not expect.
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                DynamicMembers.Set(target, key, value);
            }
        }

        return target;
    }

    /// <summary>Sets properties on every trace of a chart (mutates the chart's traces and returns it).</summary>
    public static GenericChart Traces(GenericChart chart, params (string Key, object? Value)[] properties)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            Set(trace, properties);
        }

        return chart;
    }

    /// <summary>Hover text computed in C# (escaped and formatted), shown as is.</summary>
    public static GenericChart Hover(GenericChart chart, IEnumerable<string> hover) =>
        Traces(chart, ("customdata", hover.ToArray()), ("hovertemplate", "%{customdata}<extra></extra>"));

    /// <summary>
    /// Hover text as <see cref="Hover(GenericChart, IEnumerable{string})"/>, and each point's entity page (site-relative, or null): customdata is
    /// [hover, page] per point, so report.js's plotly_click handler opens the page of the bar clicked.
    /// </summary>
    public static GenericChart Hover(GenericChart chart, IEnumerable<string> hover, IEnumerable<string?> pages) =>
        Traces(
            chart,
            ("customdata", hover.Zip(pages, (text, page) => new object?[] { text, page }).ToArray()),
            ("hovertemplate", "%{customdata[0]}<extra></extra>"));
}
