using RoiReportGen.Rendering.Charts;
using RoiReportGen.Rendering.Site.Entities;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// The counterfactual pictures as templates/counterfactual.sbn writes them: figure JSON marked trusted (it is
/// escaped for a script block by <see cref="ChartJson"/>), everything else escaped on output.
/// </summary>
public sealed record CounterfactualBlocks(
    IReadOnlyList<CounterfactualPanelBlock> Panels,
    string PickerId,
    string SelectId,
    IReadOnlyList<CounterfactualChoice> Choices,
    CounterfactualChoice? FirstChoice,
    IReadOnlyList<FigureScript> Scripts,
    IReadOnlyList<CounterfactualNotDrawn> NotDrawn,
    string Undrawn)
{
    public static CounterfactualBlocks? From(CounterfactualSection? section) => section is null ? null : new(
        [.. section.Panels.Select(p => new CounterfactualPanelBlock(
            p.Id, p.FigureId, CaptionBlock.From(p.Caption, ""), p.AriaLabel, p.FigureJson is null ? null : new TrustedHtml(p.FigureJson), ChartTableBlock.From(p.Data, "")))],
        section.PickerId,
        section.SelectId,
        section.Choices,
        section.FirstChoice,
        [.. section.Blocks.Select(b => new FigureScript(b.FigureId, new TrustedHtml(b.FigureJson)))],
        section.NotDrawn,
        section.Undrawn == 0 ? string.Empty : DisplayFormat.Count(section.Undrawn));
}

/// <summary>A small multiple; <see cref="FigureJson"/> is null when the figure's script block is in another view.</summary>
/// <param name="Caption">Its title, each campaign's name a link to its page.</param>
public sealed record CounterfactualPanelBlock(string Id, string FigureId, IReadOnlyList<EntityCell> Caption, string AriaLabel, TrustedHtml? FigureJson, ChartTableBlock Data);

/// <summary>A figure JSON script block that is drawn only when chosen.</summary>
public sealed record FigureScript(string Id, TrustedHtml Json);
