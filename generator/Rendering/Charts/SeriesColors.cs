namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// Colours of the series that are not platforms. Mid-tone hues (Tableau 10 family) keep enough contrast on
/// both the light and the dark page background, and none is close to a platform colour.
/// </summary>
public static class SeriesColors
{
    public const string Revenue = "#59a14f";
    public const string Payout = "#f28e2b";
    public const string Attributed = "#4e79a7";
    public const string Organic = "#b07aa1";
    public const string Baseline = "#9c9c9c";
    public const string Mean = "#4e79a7";
    public const string Weighted = "#76b7b2";
    public const string AboveOne = "#59a14f";
    public const string BelowOne = "#e15759";
    public const string Post = "#4e79a7";
    public const string Order = "#f28e2b";

    /// <summary>The counterfactual (dashed) and its 90% band: a blue apart from the green of actual revenue.</summary>
    public const string Counterfactual = "#4e79a7";
    public const string Band = "rgba(78, 121, 167, 0.22)";

    /// <summary>The cumulative lift of the counterfactual picture and its fill down to 0.</summary>
    public const string Lift = "#f28e2b";
    public const string LiftFill = "rgba(242, 142, 43, 0.18)";

    /// <summary>Reference lines: a neutral grey visible on both backgrounds.</summary>
    public const string Reference = "#888888";

    /// <summary>Campaign windows on the trend: translucent so the lines stay readable where windows overlap.</summary>
    public const string Window = "rgba(136, 136, 136, 0.12)";

    /// <summary>A diverging scale around ROAS 1 for the persona heatmap: red below, green above.</summary>
    public static readonly IReadOnlyList<(double Stop, string Colour)> RoasScale =
        [(0.0, "#e15759"), (0.5, "#edc948"), (1.0, "#59a14f")];

    /// <summary>The colour of a ROAS bar: below break-even stands out.</summary>
    public static string ForRoas(decimal? roas) => roas < 1m ? BelowOne : AboveOne;
}
