namespace RoiReportGen.Pipeline;

/// <summary>The process exit codes of SPEC 4.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Row-level data issues under --strict.</summary>
    public const int DataIssues = 1;

    /// <summary>A fatal input problem or a usage error.</summary>
    public const int Fatal = 2;
}
