namespace RoiReportGen.Tests.Support;

/// <summary>
/// What ids, view files and download paths may look like in any built site: made of slugs and fixed names only, never
/// of data text. A platform slug is a-z, 0-9 and '-'; a period slug (issue 13) is a quarter "fy2025-26-q2" or a month
/// "2025-10" ("all" for All time, which ids and download paths leave out).
/// </summary>
internal static class SitePatterns
{
    /// <summary>A platform's slug (or "all", all platforms).</summary>
    public const string PlatformSlug = "[a-z0-9-]+";

    /// <summary>The slug of a quarter or a month: never "all", never a name.</summary>
    public const string PeriodSlug = "(?:fy[0-9]{4}-[0-9]{2}-q[1-4]|[0-9]{4}-[0-9]{2})";

    /// <summary>
    /// An element id: slug-like text, or an id of a month's or quarter's view, "view-{platform}_{period}" alone or
    /// followed by "--{name}" (ElementIds.ViewKey: '_' appears nowhere else).
    /// </summary>
    public const string Id = $"^(?:[a-z0-9-]+|view-{PlatformSlug}_{PeriodSlug}(?:--[a-z0-9-]+)?)$";

    /// <summary>A view's data-period: "all" or a period slug.</summary>
    public const string DataPeriod = $"^(?:all|{PeriodSlug})$";

    /// <summary>A view file, views/PLATFORM/PERIOD.js.</summary>
    public const string ViewFile = $"^views/{PlatformSlug}/(?:all|{PeriodSlug})\\.js$";

    /// <summary>
    /// A download link: downloads/NAME.csv (all platforms, All time), downloads/PLATFORM/NAME.csv (a platform, All
    /// time), downloads/PLATFORM/PERIOD/NAME.csv (a month or quarter; PLATFORM "all" for all platforms), and the
    /// All × All-time view's fixed report.xlsx at the site root (issue 16).
    /// </summary>
    public const string Download = $"^(?:report\\.xlsx|downloads(?:/{PlatformSlug}(?:/{PeriodSlug})?)?/[a-z_]+\\.csv)$";
}
