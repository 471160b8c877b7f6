namespace RoiReportGen.Metrics;

/// <summary>Finds campaigns whose windows overlap on a shared product, where the baseline method double counts.</summary>
internal static class OverlapDetector
{
    /// <summary>For each campaign, the others (ordinal order) whose window intersects its own (inclusive) and that share ≥ 1 product.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Find(IReadOnlyList<CampaignWindow> windows)
    {
        var found = windows.ToDictionary(w => w.Campaign, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);

        // Pairs over campaigns, not tracking rows: hundreds of campaigns make a few ten thousand pairs.
        for (var i = 0; i < windows.Count; i++)
        {
            for (var j = i + 1; j < windows.Count; j++)
            {
                var a = windows[i];
                var b = windows[j];
                if (a.Start <= b.End && b.Start <= a.End && a.Products.Overlaps(b.Products))
                {
                    found[a.Campaign].Add(b.Campaign);
                    found[b.Campaign].Add(a.Campaign);
                }
            }
        }

        return found.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.ToList(), StringComparer.Ordinal);
    }
}
