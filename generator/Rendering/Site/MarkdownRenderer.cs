using Markdig;

namespace RoiReportGen.Rendering.Site;

/// <summary>Markdown → HTML with raw HTML disabled: the Markdown carries data values.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    public static TrustedHtml ToHtml(string markdown) => new(Markdown.ToHtml(markdown, Pipeline));
}
