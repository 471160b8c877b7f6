namespace RoiReportGen.Rendering;

/// <summary>
/// Every element id the page gets from a view, in one place. Slugs come from data (a platform named
/// "Fig Instagram" has the slug fig-instagram), so an id must never be "slug" glued to a fixed word with
/// a single '-': "fig-" + "instagram-trend" and "fig-instagram" + "-trend" are the same text. Instead:
/// <list type="bullet">
/// <item>the view's panel is <c>view-{slug}</c> and its tab <c>tab-{slug}</c> (one id per slug and prefix);</item>
/// <item>everything inside a view is <c>view-{slug}--{name}</c>, where the fixed name has no "--" and
/// does not start with '-'. The name is the text after the last "--", so the slug is known too: two
/// views or two names can never give one id. Slugs hold no "--" (see <see cref="ViewSlugs"/>), so
/// <c>view-{slug}</c> never looks like an id inside a view.</item>
/// </list>
/// Ids that do not come from a view ("main", report.js's "dt-search-N") use neither prefix.
/// </summary>
public static class ElementIds
{
    /// <summary>The separator between a view's slug and a name inside it; a slug cannot hold it.</summary>
    public const string Separator = "--";

    /// <summary>Joins a platform slug and a period slug in a view key; neither kind of slug holds it.</summary>
    public const char PeriodSeparator = '_';

    /// <summary>
    /// The key of a platform × period view, what the ids below take as "slug": the platform slug alone for All time
    /// (so #view-instagram and #view-instagram--trend keep working), "{platform}_{period}" otherwise
    /// ("instagram_2025-10"). Platform and period slugs hold only a-z, 0-9 and single '-', so the key is unambiguous.
    /// </summary>
    public static string ViewKey(string platformSlug, string periodSlug) =>
        periodSlug == Metrics.Periods.ReportPeriod.AllTimeSlug ? platformSlug : platformSlug + PeriodSeparator + periodSlug;

    /// <summary>The view's tab panel; also the URL hash that selects it (#view-instagram).</summary>
    public static string View(string slug) => $"view-{slug}";

    /// <summary>The view's tab button.</summary>
    public static string Tab(string slug) => $"tab-{slug}";

    /// <summary>What every id inside the view starts with.</summary>
    public static string InViewPrefix(string slug) => View(slug) + Separator;

    /// <summary>An element inside the view: a section ("kpis"), its heading ("kpis-h"), a chart ("chart-trend") …</summary>
    public static string InView(string slug, string name) => InViewPrefix(slug) + name;

    /// <summary>A section of the view (the sticky nav links to it).</summary>
    public static string Section(string slug, string key) => InView(slug, key);

    /// <summary>A chart's container.</summary>
    public static string Chart(string slug, string name) => InView(slug, "chart-" + name);

    /// <summary>A chart's figure JSON script block.</summary>
    public static string Figure(string slug, string name) => InView(slug, "fig-" + name);

    /// <summary>A table's JSON script block (and the data-source of its container).</summary>
    public static string Table(string slug, string name) => InView(slug, "tbl-" + name);
}
