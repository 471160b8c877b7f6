using System.Globalization;
using AngleSharp.Dom;
using RoiReportGen.Rendering;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Corpus;

/// <summary>
/// The checks of a built case: its issue, kpi, csv, tab and views lines, then what must hold for
/// every site whatever the data (ids and paths from slugs, links only to the site's own files).
/// </summary>
internal static class CorpusSiteChecks
{
    private const string Slug = "^[a-z0-9-]+$";

    public static void Check(CorpusCase corpusCase, string site)
    {
        var document = SiteDocument.Load(site);

        // The issue list is exact: a case with no issue lines expects no data issue at all.
        var issues = CsvDownload.Read(Path.Combine(site, "downloads", "data_issues.csv")).Rows
            .Select(r => $"{r["file"]}:{r["line"]} | {r["column"]} | {r["action"]} | {r["reason"]} | {r["value"]}".TrimEnd());
        Assert.Equal(string.Join("\n", corpusCase.Values("issue").Select(CorpusText.Unescape)), string.Join("\n", issues));

        foreach (var statement in corpusCase.Statements("kpi"))
        {
            CheckKpi(document, statement);
        }

        foreach (var statement in corpusCase.Statements("csv"))
        {
            CheckCsv(site, statement);
        }

        foreach (var statement in corpusCase.Statements("tab"))
        {
            var words = CorpusText.Words(statement);
            var tab = document.QuerySelector($"[role=tab][data-view='{words[0]}']");
            Assert.True(tab is not null, $"no tab {words[0]}");
            Assert.Equal(CorpusText.Value(statement[(statement.IndexOf('=', StringComparison.Ordinal) + 1)..], out _), tab.TextContent);
        }

        foreach (var views in corpusCase.Values("views"))
        {
            Assert.Equal(views.Split(", "), document.QuerySelectorAll("[role=tab]").Select(t => t.GetAttribute("data-view")));
        }

        CheckEverySite(document, site);
    }

    // kpi VIEW LABEL = VALUE, e.g. kpi all Revenue = ₹5,700 (the text the card shows).
    private static void CheckKpi(IDocument document, string statement)
    {
        var words = CorpusText.Words(statement);
        var cards = document.QuerySelectorAll($"#{ElementIds.Section(words[0], "kpis")} .kpi");
        var card = cards.SingleOrDefault(c => c.QuerySelector(".kpi-label")!.TextContent == words[1]);
        Assert.True(card is not null, $"no KPI card {words[1]} in view {words[0]}");
        Assert.Equal(CorpusText.Value(statement[(statement.IndexOf('=', StringComparison.Ordinal) + 1)..], out _), card.QuerySelector(".kpi-value")!.TextContent);
    }

    // csv VIEW/FILE rows = N, or csv VIEW/FILE KEY COLUMN = VALUE (KEY: the row's first cell).
    private static void CheckCsv(string site, string statement)
    {
        var equals = statement.IndexOf(" = ", StringComparison.Ordinal);
        var words = CorpusText.Words(statement[..equals]);
        var path = words[0].StartsWith("all/", StringComparison.Ordinal)
            ? Path.Combine(site, "downloads", words[0][4..])
            : Path.Combine(site, "downloads", words[0]);
        var csv = CsvDownload.Read(path);
        var expected = CorpusText.Value(statement[(equals + 3)..], out var exact);
        if (words[1] == "rows")
        {
            Assert.Equal(int.Parse(expected, CultureInfo.InvariantCulture), csv.Rows.Count);
            return;
        }

        var rows = csv.Rows.Where(r => r[csv.Header[0]] == words[1]).ToList();
        Assert.True(rows.Count == 1, $"{words[0]}: {rows.Count} rows with key '{words[1]}'");
        var actual = rows[0][words[2]];
        if (!exact && decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            Assert.True(
                decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var got) && got == number,
                $"{statement}: got '{actual}'");
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    private static void CheckEverySite(IDocument document, string site)
    {
        var ids = document.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).ToList();
        Assert.All(ids, id => Assert.Matches(SitePatterns.Id, id));

        // Issue 11 item 11: ids are unique, whatever the platforms are called (a duplicate id draws one chart twice and another never).
        Assert.Empty(ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        foreach (var reference in new[] { "aria-labelledby", "aria-controls", "data-figure", "data-source" })
        {
            Assert.All(
                document.QuerySelectorAll($"[{reference}]").Select(e => e.GetAttribute(reference)!),
                id => Assert.True(document.GetElementById(id) is not null, $"{reference}=\"{id}\" names no element"));
        }
        Assert.All(document.QuerySelectorAll("[data-view]").Select(e => e.GetAttribute("data-view")!), v => Assert.Matches(Slug, v));
        Assert.All(document.QuerySelectorAll("[data-period]").Select(e => e.GetAttribute("data-period")!), v => Assert.Matches(SitePatterns.DataPeriod, v));

        // A view's file is named by slugs only: views/PLATFORM/PERIOD.js.
        var views = Path.Combine(site, "views");
        var viewFiles = (Directory.Exists(views) ? Directory.GetFiles(views, "*", SearchOption.AllDirectories) : [])
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'));
        Assert.All(viewFiles, f => Assert.Matches(SitePatterns.ViewFile, f));

        // Only the site's own relative files and in-page anchors are linked: no data URL becomes a link.
        foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
        {
            if (href.StartsWith('#'))
            {
                Assert.Matches(SitePatterns.Id, href[1..]);
                Assert.True(document.GetElementById(href[1..]) is not null, $"{href} points at no element");
                continue;
            }

            // Names link to their entity pages (issue 14); those paths are slugs too.
            if (EntityPageLinks.IsPage(href))
            {
                Assert.True(EntityPageLinks.Resolves(site, href), $"{href} is linked but missing");
                continue;
            }

            Assert.Matches(SitePatterns.Download, href);
            Assert.True(File.Exists(Path.Combine(site, href)), $"{href} is linked but missing");
        }

        var folders = Directory.GetDirectories(Path.Combine(site, "downloads")).Select(Path.GetFileName).ToList();
        Assert.All(folders, f => Assert.Matches(Slug, f!));
        Assert.All(folders, f => Assert.InRange(f!.Length, 1, 64));

        // Below a platform's folder only its months' and quarters' folders: downloads/PLATFORM/PERIOD/.
        var periodFolders = Directory.GetDirectories(Path.Combine(site, "downloads"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).Where(f => f.Count(c => c == '/') > 1);
        Assert.All(periodFolders, f => Assert.Matches($"^downloads/{SitePatterns.PlatformSlug}/{SitePatterns.PeriodSlug}$", f));
    }
}
