using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// One colour per platform, the same in every view: the three known platforms get their brand colour,
/// any other platform the next colour of a fixed palette by its place in <see cref="ReportModel.Platforms"/>,
/// so the All view and the platform's own view agree.
/// </summary>
public sealed class PlatformColors
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Instagram"] = "#d62976",
        ["YouTube"] = "#e52d27",
        ["Twitter"] = "#1d9bf0",
    };

    // Chosen to stay apart from the brand colours above and from the series colours' reds and greens.
    private static readonly string[] Palette = ["#7c3aed", "#0d9488", "#b45309", "#64748b", "#c026d3", "#0369a1", "#65a30d", "#9f1239"];

    private readonly Dictionary<string, string> _colours = new(StringComparer.Ordinal);

    public PlatformColors(IEnumerable<string> platforms)
    {
        var next = 0;
        foreach (var platform in platforms)
        {
            if (_colours.ContainsKey(platform))
            {
                continue;
            }

            _colours[platform] = Known.TryGetValue(platform, out var known) ? known : Palette[next++ % Palette.Length];
        }
    }

    public static PlatformColors For(ReportModel model) => new(model.Platforms.Select(p => p.Name));

    /// <summary>The platform's colour; a platform not in the model (should not happen) gets the neutral grey.</summary>
    public string this[string platform] => _colours.GetValueOrDefault(platform, SeriesColors.Reference);
}
