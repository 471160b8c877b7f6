namespace RoiReportGen.Rendering.Site.Kpis;

/// <summary>
/// A KPI card's change against the previous period, in words: the arrow is decoration (aria-hidden on the page),
/// <see cref="Text"/> carries the meaning ("up ₹1,200 (+12.50%) vs Sep 2025").
/// </summary>
/// <param name="Direction">"up", "down", "same" or "none" (no comparison): the card's class suffix.</param>
/// <param name="Arrow">"▲", "▼", "→", or empty when there is nothing to compare.</param>
public sealed record KpiChangeView(string Direction, string Arrow, string Text);
