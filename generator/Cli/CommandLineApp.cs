using System.CommandLine;
using RoiReportGen.Pipeline;

namespace RoiReportGen.Cli;

/// <summary>Parses the command line into an options record and runs the one matching entry point.</summary>
public static class CommandLineApp
{
    private static readonly string[] RootOnlyTokens = ["-h", "--help", "-?", "/?", "/h", "--version"];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // What the commands print can carry data (values, header names, paths), so it goes through
        // the console escaper; help text is the program's own and goes out as it is.
        using var dataOutput = new ConsoleTextWriter(output);
        using var dataError = new ConsoleTextWriter(error);
        var verbose = new Option<bool>("--verbose") { Description = "On an unexpected error, also print its stack trace.", Recursive = true };
        var root = new RootCommand("RoiReportGen: turns influencer-marketing CSV files into a static ROI report site.")
        {
            BuildCommand.Create(dataOutput, dataError, error),
            SimulateCommand.Create(dataOutput, dataError),
            ValidateCommand.Create(dataOutput, dataError, error),
        };
        root.Options.Add(verbose);

        ParseResult? result = null;
        try
        {
            result = root.Parse(WithDefaultCommand(args));
            if (result.Errors.Count > 0)
            {
                // One line, like every other usage error.
                dataError.WriteLine(string.Join(" ", result.Errors.Select(e => e.Message)) + " Run with --help to see the commands and options.");
                return ExitCodes.Fatal;
            }

            // Exceptions come to the handler below rather than System.CommandLine's, which prints a stack trace.
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            UnexpectedError.Print(e, result?.GetValue(verbose) ?? args.Contains(verbose.Name), dataError);
            return ExitCodes.Fatal;
        }
    }

    /// <summary>`build` is the default command: no arguments, or options only, mean `build …`.</summary>
    public static IReadOnlyList<string> WithDefaultCommand(string[] args) =>
        args.Length == 0 || (args[0].StartsWith('-') && !RootOnlyTokens.Contains(args[0]))
            ? ["build", .. args]
            : args;
}
