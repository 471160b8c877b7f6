using System.Text;
using RoiReportGen.Metrics;

namespace RoiReportGen.Rendering;

/// <summary>
/// The path- and id-safe name of each view. SPEC 3: the platform lower-cased, every run of
/// characters other than a-z and 0-9 replaced by '-'. Names that would give an empty slug, or one
/// already taken (two platforms differing only in punctuation, "all", or a Windows device name such
/// as "con"), get a numbered one instead, and a slug is at most <see cref="MaxLength"/> characters,
/// so a data value can never pick a path outside downloads/, one a file system refuses, or collide
/// with another view. A slug never contains "--" (runs become one '-', numbers are appended to a
/// slug without its trailing '-'), which keeps element ids apart (see <see cref="ElementIds"/>).
/// </summary>
public static class ViewSlugs
{
    /// <summary>The slug of the all-platforms view; its downloads sit directly in downloads/.</summary>
    public const string All = "all";

    /// <summary>Slugs are cut to this many characters: a folder name has a file-system limit (255 bytes).</summary>
    public const int MaxLength = 60;

    /// <summary>Assigns a slug to every view, in the order given; the All view always gets <see cref="All"/>.</summary>
    public static IReadOnlyDictionary<PlatformReport, string> Assign(IEnumerable<PlatformReport> views)
    {
        var allocator = new SlugAllocator(All);
        var slugs = new Dictionary<PlatformReport, string>(ReferenceEqualityComparer.Instance);
        foreach (var view in views)
        {
            slugs[view] = view.IsAll ? All : allocator.Take(view.Name, "platform");
        }

        return slugs;
    }

    /// <summary>SPEC 3's rule on its own: lower-case, runs of anything but a-z0-9 become one '-', none at either end.</summary>
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

        // Dashes at either end carry nothing, and a slug starting with '-' reads as an option to a shell command
        // (`rm -b-.html`); a slug of only dashes is empty, so it gets a numbered name.
        return builder.ToString().Trim('-');
    }
}
