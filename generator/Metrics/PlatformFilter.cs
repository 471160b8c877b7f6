using RoiReportGen.Data;

namespace RoiReportGen.Metrics;

/// <summary>Cuts the data down to one platform's view.</summary>
internal static class PlatformFilter
{
    /// <summary>
    /// The distinct platforms of the roster, ordered case-insensitively then ordinally. Compared
    /// case-insensitively, like the loader's normalisation; each is named by its first spelling.
    /// </summary>
    public static IReadOnlyList<string> Platforms(DataSet data) =>
        data.Influencers
            .Select(i => i.Platform)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(p => p, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The platform's influencers with their posts, attributed tracking and payouts, plus every organic
    /// row, plus the issues tied to the platform.
    /// </summary>
    public static DataSet For(DataSet data, string platform)
    {
        var influencers = data.Influencers
            .Where(i => string.Equals(i.Platform, platform, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var ids = influencers.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);

        // Organic revenue belongs to no platform, yet the iROAS baseline and window revenue of the
        // platform's campaigns need it. Start and end stay the full data's: filtering does not change
        // what the data covers, so a baseline covered in All is covered in every view.
        return data with
        {
            Influencers = influencers,
            Posts = data.Posts.Where(p => ids.Contains(p.InfluencerId)).ToList(),
            PostDays = data.PostDays.Where(d => ids.Contains(d.Stats.InfluencerId)).ToList(),
            Tracking = data.Tracking.Where(t => t.IsOrganic || ids.Contains(t.InfluencerId)).ToList(),
            Payouts = data.Payouts.Where(p => ids.Contains(p.InfluencerId)).ToList(),
            Issues = data.Issues
                .Where(i => string.Equals(i.Platform, platform, StringComparison.OrdinalIgnoreCase))
                .ToList(),
        };
    }
}
