using RoiReportGen.Cli;

namespace RoiReportGen.Tests.Support;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLineApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
