using System.CommandLine;
using RoiReportGen.Diagnostics;

namespace RoiReportGen.Cli;

/// <summary>`--timings`, shared by build and validate.</summary>
internal static class TimingsOption
{
    public static Option<bool> Create() => new("--timings")
    {
        Description = "Print each stage's wall time to stderr at the end, one line each: timing<TAB>stage<TAB>ms<TAB>bytes read (or empty)<TAB>methods JIT-compiled<TAB>JIT ms.",
    };

    /// <summary>
    /// Runs <paramref name="command"/> with a recorder when <paramref name="wanted"/>, then prints its stages and the
    /// total to <paramref name="rawError"/>: stage names are the program's own text, so they skip the console escaper
    /// (which would show the tabs as <c>\t</c>).
    /// </summary>
    public static int Run(bool wanted, TextWriter dataError, TextWriter rawError, Func<StageTimings?, int> command)
    {
        if (!wanted)
        {
            return command(null);
        }

        var timings = new StageTimings();
        var code = timings.Measure("total", () => command(timings));
        dataError.Flush(); // what the command printed comes first
        timings.WriteTo(rawError);
        return code;
    }
}
