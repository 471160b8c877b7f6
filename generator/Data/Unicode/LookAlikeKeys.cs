using System.Globalization;
using System.Text;

namespace RoiReportGen.Data.Unicode;

/// <summary>
/// Ids and names that differ only by letters that look alike ("INF001" with a Cyrillic "О", "Glow" with a Greek
/// "ο"): Unicode's confusable skeleton (UTS #39, <see cref="IcuText.Skeleton"/>) is the same for both. They stay two
/// keys, as the data says, but each later one gets a data issue naming the first and where they differ, so a split
/// influencer or campaign is never silent. Only a set that holds a non-ASCII key is checked (ASCII look-alikes such as
/// 0 and O are ordinary typing, and ICU is then not needed).
/// </summary>
internal static class LookAlikeKeys
{
    /// <param name="keys">The keys in reading order with the file and line each was first met on (line 0 where rows are summed).</param>
    /// <param name="column">The column the keys come from ("influencer_id", "campaign", …).</param>
    /// <param name="unchecked">Told once when non-ASCII keys could not be checked (no ICU on the machine).</param>
    public static IEnumerable<DataIssue> Find(IEnumerable<(string Key, string File, int Line)> keys, string column, Action<string> @unchecked)
    {
        // Tracking's keys are a few thousand strings shared by millions of summed rows: a string object already seen
        // is skipped by reference (a pointer hash) before its text is hashed.
        var seen = new HashSet<string>(ReferenceEqualityComparer.Instance);
        var first = new Dictionary<string, (string File, int Line, int Order)>(StringComparer.Ordinal);
        foreach (var (key, file, line) in keys)
        {
            if (key.Length > 0 && seen.Add(key))
            {
                first.TryAdd(key, (file, line, first.Count));
            }
        }

        if (first.Keys.All(k => Ascii.IsValid(k)))
        {
            return [];
        }

        if (IcuText.Instance is not { } icu)
        {
            @unchecked($"look-alike {column} values were not checked: the ICU library (libicu) was not found");
            return [];
        }

        var issues = new List<DataIssue>();
        var bySkeleton = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, (file, line, _)) in first.OrderBy(k => k.Value.Order))
        {
            var skeleton = icu.Skeleton(key);
            if (bySkeleton.TryGetValue(skeleton, out var earlier))
            {
                issues.Add(new DataIssue(
                    file,
                    line,
                    column,
                    key,
                    // Words first: the Data quality counts group issues by the text before the first quote.
                    $"looks like '{earlier}' ({Difference(earlier, key)}); they are counted as two {column} values: write them alike if they are one",
                    IssueAction.Kept,
                    ""));
            }
            else
            {
                bySkeleton.Add(skeleton, key);
            }
        }

        return issues;
    }

    // "character 5 is U+041E, not U+0030": where the two first differ, by code point, so the look-alike shows.
    private static string Difference(string earlier, string key)
    {
        var a = earlier.EnumerateRunes().ToList();
        var b = key.EnumerateRunes().ToList();
        var i = 0;
        while (i < a.Count && i < b.Count && a[i] == b[i])
        {
            i++;
        }

        static string Code(Rune r) => string.Create(CultureInfo.InvariantCulture, $"U+{r.Value:X4}");
        return i < a.Count && i < b.Count
            ? $"character {i + 1} is {Code(b[i])}, not {Code(a[i])}"
            : $"one is {Math.Abs(a.Count - b.Count)} characters longer";
    }
}
