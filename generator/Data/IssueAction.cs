namespace RoiReportGen.Data;

/// <summary>What the loader did with a row that had a problem.</summary>
public enum IssueAction
{
    /// <summary>The row was left out of every figure.</summary>
    Excluded,

    /// <summary>The row was used after a documented correction.</summary>
    Corrected,

    /// <summary>The row was used as it is; the problem is only reported (for example a payout mismatch).</summary>
    Kept,
}
