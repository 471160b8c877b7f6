using Plotly.NET;

namespace RoiReportGen.Rendering.Site;

/// <summary>Copies the page's CSS and JS, and writes plotly.js once from the copy inside Plotly.NET: no CDN.</summary>
public static class SiteAssets
{
    public const string Folder = "assets";
    public const string PlotlyFile = "plotly.min.js";

    public static int Write(string siteRoot, TemplateSet templates)
    {
        var target = Path.Combine(siteRoot, Folder);
        Directory.CreateDirectory(target);
        var written = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(templates.Folder, Folder)).Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            written++;
        }

        var assembly = typeof(GenericChart).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".min.js", StringComparison.Ordinal));
        using (var source = assembly.GetManifestResourceStream(resource)!)
        using (var destination = File.Create(Path.Combine(target, PlotlyFile)))
        {
            source.CopyTo(destination);
        }

        return written + 1;
    }
}
