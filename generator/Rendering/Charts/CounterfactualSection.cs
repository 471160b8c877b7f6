namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// The counterfactual pictures of one view: small multiples for the campaigns with the most payout, a select
/// that draws any other drawable campaign in one more figure, the campaigns without an estimate (listed with
/// their verdict, not drawn). Every campaign's numbers are in the campaign table; each picture's in its own data table.
/// </summary>
/// <param name="Panels">The small multiples, most paid first.</param>
/// <param name="PickerId">The select's figure container ("view-{slug}--chart-counterfactual-pick").</param>
/// <param name="SelectId">The select element's id.</param>
/// <param name="Choices">The select's options: every other picture the page holds, most paid first.</param>
/// <param name="Blocks">Figure JSON this view embeds for its choices (a platform view borrows the All view's).</param>
/// <param name="NotDrawn">Campaigns without an estimate, with their verdict.</param>
/// <param name="Undrawn">Campaigns with an estimate whose picture is left out to keep the page small.</param>
/// <param name="Shared">Figure ids this view defines, by picture key, for other views to point at.</param>
public sealed record CounterfactualSection(
    IReadOnlyList<CounterfactualPanel> Panels,
    string PickerId,
    string SelectId,
    IReadOnlyList<CounterfactualChoice> Choices,
    IReadOnlyList<CounterfactualFigureBlock> Blocks,
    IReadOnlyList<CounterfactualNotDrawn> NotDrawn,
    int Undrawn,
    IReadOnlyDictionary<string, string> Shared)
{
    /// <summary>The figure the select shows first.</summary>
    public CounterfactualChoice? FirstChoice => Choices.Count > 0 ? Choices[0] : null;
}

/// <summary>One small multiple: a picture drawn in its own container.</summary>
/// <param name="FigureJson">The figure, or null when it is another view's block (<paramref name="FigureId"/> points there).</param>
/// <param name="Caption">Its title in pieces, each campaign's name with its page.</param>
public sealed record CounterfactualPanel(string Id, string FigureId, string Title, IReadOnlyList<CounterfactualCharts.TitlePart> Caption, string AriaLabel, string? FigureJson, ChartDataTable Data);

/// <summary>An option of the select: the figure it draws and the text it shows.</summary>
public sealed record CounterfactualChoice(string FigureId, string Label);

/// <summary>A figure JSON script block, drawn only when its option is chosen.</summary>
public sealed record CounterfactualFigureBlock(string FigureId, string FigureJson);

/// <summary>A campaign without an estimate.</summary>
public sealed record CounterfactualNotDrawn(string Campaign, string Verdict);
