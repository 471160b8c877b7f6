using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Tests.Support;

/// <summary>
/// A built site read as one document: index.html with the view of every views/PLATFORM/PERIOD.js file put into
/// &lt;main&gt;, as report.js does when each is shown (in tab order, All time first), its Method text copied from
/// index.html's as report.js does, so checks of "every view" see every view.
/// </summary>
internal static class SiteDocument
{
    public static IHtmlDocument Load(string siteRoot)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(siteRoot, "index.html")));
        var main = document.GetElementById("main") ?? throw new InvalidOperationException("index.html has no <main>");
        var platforms = document.QuerySelectorAll("[role=tab]").Select(t => t.GetAttribute("data-view")!).ToList();
        var periods = document.QuerySelectorAll("#period-select option").Select(o => o.GetAttribute("value")!).ToList();
        foreach (var period in periods)
        {
            foreach (var platform in platforms)
            {
                var file = Path.Combine(siteRoot, ViewScript.RelativePath(platform, period));
                if (File.Exists(file))
                {
                    main.Insert(AdjacentPosition.BeforeEnd, Read(file).Html);
                }
            }
        }

        // A view file leaves out the Method text; report.js copies it from index.html's element (data-same-as).
        foreach (var target in document.QuerySelectorAll("[data-same-as]").ToList())
        {
            var source = document.GetElementById(target.GetAttribute("data-same-as")!)
                ?? throw new InvalidOperationException($"no #{target.GetAttribute("data-same-as")} for {target.Id}");
            target.InnerHtml = source.InnerHtml;
            target.RemoveAttribute("data-same-as");
        }

        return document;
    }

    /// <summary>
    /// The three arguments of a view file's one call, roiReportView("platform","period","html");, read as JSON
    /// strings (ViewScript writes literals that are JSON strings too).
    /// </summary>
    public static (string Platform, string Period, string Html) Read(string viewFile)
    {
        var text = File.ReadAllText(viewFile);
        var prefix = ViewScript.RegisterFunction + "(";
        Assert.StartsWith(prefix, text, StringComparison.Ordinal);
        Assert.EndsWith(");\n", text, StringComparison.Ordinal);
        var arguments = JsonSerializer.Deserialize<string[]>("[" + text[prefix.Length..^3] + "]")!;
        Assert.Equal(3, arguments.Length);
        return (arguments[0], arguments[1], arguments[2]);
    }
}
