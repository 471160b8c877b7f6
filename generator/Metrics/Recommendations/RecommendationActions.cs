namespace RoiReportGen.Metrics.Recommendations;

/// <summary>The five actions of SPEC 2, as written in recommendations.csv, in the order the page lists them.</summary>
public static class RecommendationActions
{
    public const string Scale = "scale";
    public const string Keep = "keep";
    public const string Renegotiate = "renegotiate";
    public const string Cut = "cut";
    public const string TooEarly = "too early";

    /// <summary>Display and export order: the actions that move money first, "too early" last.</summary>
    public static IReadOnlyList<string> All { get; } = [Scale, Keep, Renegotiate, Cut, TooEarly];
}

/// <summary>Which rule decided an action: the reason's words are chosen from it (Rendering), its numbers come from the record.</summary>
public enum RecommendationRule
{
    /// <summary>too early: fewer posts than the threshold.</summary>
    TooFewPosts,

    /// <summary>too early: fewer attributed orders than the threshold.</summary>
    TooFewOrders,

    /// <summary>too early: no payout in the view, so neither ROAS is defined.</summary>
    NoPayout,

    /// <summary>too early: some of its attributed revenue is in a campaign without an incremental estimate.</summary>
    NoEstimate,

    /// <summary>cut: attributed ROAS &lt; 1 and incremental ROAS &lt; 1.</summary>
    LosesMoney,

    /// <summary>renegotiate: attributed ROAS ≥ 1 but incremental ROAS &lt; 1.</summary>
    IncrementalBelowOne,

    /// <summary>renegotiate: paid per post, cost per order above the view's median.</summary>
    CostPerOrderAboveMedian,

    /// <summary>scale: incremental ROAS ≥ target and every campaign's verdict `incremental`.</summary>
    AboveTarget,

    /// <summary>keep: incremental ROAS ≥ 1 but below the target.</summary>
    BelowTarget,

    /// <summary>keep: incremental ROAS ≥ target, but not every campaign's lift is measurable.</summary>
    LiftNotMeasurable,
}
