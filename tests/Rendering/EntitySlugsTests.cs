using RoiReportGen.Rendering;

namespace RoiReportGen.Tests.Rendering;

/// <summary>Entity page files: distinct, stable, Windows- and zip-safe whatever the names.</summary>
public sealed class EntitySlugsTests
{
    private static readonly string Long = new('a', 300);

    // Names that slug the same, a Windows device name, 300 characters, only punctuation, Devanagari only.
    private static readonly string[] Awkward =
    [
        "Summer Fit", "summer-fit", "SUMMER  FIT", "CON", "con", Long, Long + "b", "!!!", "...", "हिन्दी", "नमस्ते",
    ];

    [Fact]
    public void Awkward_names_get_distinct_safe_slugs_in_ordinal_order_of_the_names()
    {
        var slugs = EntitySlugs.Assign(Awkward, "campaign");

        // Ordinal order: "!!!" < "..." < "CON" < "SUMMER  FIT" < "Summer Fit" < "a…" (300) < "a…b" < "con" < "summer-fit" < Devanagari.
        Assert.Equal("campaign", slugs["!!!"]);
        Assert.Equal("campaign-2", slugs["..."]);
        Assert.Equal("con-2", slugs["CON"]);          // "con" is a Windows device name: never a file name
        Assert.Equal("summer-fit", slugs["SUMMER  FIT"]);
        Assert.Equal("summer-fit-2", slugs["Summer Fit"]);
        Assert.Equal(new string('a', ViewSlugs.MaxLength), slugs[Long]);
        Assert.Equal(new string('a', ViewSlugs.MaxLength) + "-2", slugs[Long + "b"]); // cut to the same stem
        Assert.Equal("con-3", slugs["con"]);
        Assert.Equal("summer-fit-3", slugs["summer-fit"]);
        Assert.Equal("campaign-3", slugs["नमस्ते"]);     // Devanagari slugs to nothing: the stem, numbered
        Assert.Equal("campaign-4", slugs["हिन्दी"]);
        Assert.Equal(Awkward.Length, slugs.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(slugs.Values, s => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", s));
    }

    [Fact]
    public void Slugs_do_not_depend_on_the_order_the_names_come_in()
    {
        var forward = EntitySlugs.Assign(Awkward, "influencer");
        var backward = EntitySlugs.Assign(Awkward.Reverse(), "influencer");
        var shuffled = EntitySlugs.Assign(Awkward.OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal), "influencer");
        Assert.Equal(forward.OrderBy(p => p.Key, StringComparer.Ordinal), backward.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(forward.OrderBy(p => p.Key, StringComparer.Ordinal), shuffled.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
