using System.CommandLine;
using RoiReportGen.Pipeline;

namespace RoiReportGen.Cli;

/// <summary>Parses the command line into an options record and runs the one matching entry point.</summary>
public static class CommandLineApp
{
    private static readonly string[] RootOnlyTokens = ["-h", "--help", "-?", "/?", "/h", "--version"];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("RoiReportGen: turns influencer-marketing CSV files into a static ROI report site.")
        {
            BuildCommand.Create(output, error),
            SimulateCommand.Create(output, error),
            ValidateCommand.Create(output, error),
        };

        var result = root.Parse(WithDefaultCommand(args));
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run with --help to see the commands and options.");
            return ExitCodes.Fatal;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>`build` is the default command: no arguments, or options only, mean `build …`.</summary>
    public static IReadOnlyList<string> WithDefaultCommand(string[] args) =>
        args.Length == 0 || (args[0].StartsWith('-') && !RootOnlyTokens.Contains(args[0]))
            ? ["build", .. args]
            : args;
}
