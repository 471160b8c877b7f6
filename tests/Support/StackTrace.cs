using System.Text.RegularExpressions;

namespace RoiReportGen.Tests.Support;

/// <summary>What a .NET stack trace looks like in printed text: no user should ever see one unasked.</summary>
public static partial class StackTrace
{
    /// <summary>A frame line ("   at Type.Method(…)") or the runtime's and System.CommandLine's "Unhandled exception".</summary>
    public static Regex Pattern { get; } = Frames();

    [GeneratedRegex(@"(^\s+at .+\(|Unhandled exception)", RegexOptions.Multiline)]
    private static partial Regex Frames();
}
