namespace RoiReportGen.Rendering;

/// <summary>
/// Hands out unique, path- and id-safe slugs (the rules of <see cref="ViewSlugs"/>): the name slugified and cut to
/// <see cref="ViewSlugs.MaxLength"/> characters; an empty slug takes the stem given; a slug already taken (or a
/// Windows device name such as "con") gets the next free number, so no two names share a file and a data value can
/// never pick a path outside its folder. A slug never contains "--".
/// </summary>
public sealed class SlugAllocator
{
    // Folder and file names Windows refuses (report.zip is unzipped there too): taken from the start, so numbered.
    private static readonly string[] Reserved =
    [
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];

    private readonly HashSet<string> taken;

    /// <param name="alsoTaken">Slugs that must never be handed out (e.g. "all" for views).</param>
    public SlugAllocator(params string[] alsoTaken)
    {
        taken = new HashSet<string>(Reserved, StringComparer.Ordinal);
        taken.UnionWith(alsoTaken);
    }

    /// <summary>The slug of <paramref name="name"/>, unique among those this allocator has handed out.</summary>
    /// <param name="emptyStem">The stem of a name that slugifies to nothing (only punctuation, or a script outside a-z).</param>
    public string Take(string name, string emptyStem)
    {
        var slug = ViewSlugs.Slugify(name);
        slug = (slug.Length > ViewSlugs.MaxLength ? slug[..ViewSlugs.MaxLength] : slug).TrimEnd('-');
        var stem = slug.Length == 0 ? emptyStem : slug;
        var candidate = stem;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            // A slug never ends in '-' (Slugify) nor holds "--", the separator of element ids (see ElementIds).
            candidate = $"{stem}-{n}";
        }

        taken.Add(candidate);
        return candidate;
    }
}
