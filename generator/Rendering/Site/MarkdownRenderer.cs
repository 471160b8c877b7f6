using Markdig;

namespace RoiReportGen.Rendering.Site;

/// <summary>Markdown → HTML with raw HTML disabled: the Markdown carries data values.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        // Any link a template writes opens without handing the report window or its address to the target.
        .UseReferralLinks("noopener", "noreferrer")
        .DisableHtml()
        .Build();

    public static TrustedHtml ToHtml(string markdown) => new(Markdown.ToHtml(markdown, Pipeline));
}
