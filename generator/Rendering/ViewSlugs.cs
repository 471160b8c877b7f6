using System.Text;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering;

/// <summary>
/// The path- and id-safe name of each view. SPEC 3: the platform lower-cased, every run of
/// characters other than a-z and 0-9 replaced by '-'. Names that would give an empty slug, or one
/// already taken (two platforms differing only in punctuation, or "all"), get a numbered one instead,
/// so a data value can never pick a path outside downloads/ or collide with another view.
/// </summary>
public static class ViewSlugs
{
    /// <summary>The slug of the all-platforms view; its downloads sit directly in downloads/.</summary>
    public const string All = "all";

    /// <summary>Assigns a slug to every view, in the order given; the All view always gets <see cref="All"/>.</summary>
    public static IReadOnlyDictionary<PlatformReport, string> Assign(IEnumerable<PlatformReport> views)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { All };
        var slugs = new Dictionary<PlatformReport, string>(ReferenceEqualityComparer.Instance);
        foreach (var view in views)
        {
            if (view.IsAll)
            {
                slugs[view] = All;
                continue;
            }

            var slug = Slugify(view.Name);
            var candidate = slug.Length == 0 ? "platform" : slug;
            for (var n = 2; taken.Contains(candidate); n++)
            {
                candidate = $"{(slug.Length == 0 ? "platform" : slug)}-{n}";
            }

            taken.Add(candidate);
            slugs[view] = candidate;
        }

        return slugs;
    }

    /// <summary>SPEC 3's rule on its own: lower-case, runs of anything but a-z0-9 become one '-'.</summary>
    public static string Slugify(string name)
    {
        var builder = new StringBuilder(name.Length);
        var inRun = false;
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
                inRun = false;
            }
            else if (!inRun)
            {
                builder.Append('-');
                inRun = true;
            }
        }

        // A slug of only dashes carries nothing: treat it as empty so it gets a numbered name.
        return builder.ToString().Trim('-').Length == 0 ? string.Empty : builder.ToString();
    }
}
