using RoiReportGen.Cli;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], new[] { "build" })]
    [InlineData(new[] { "--strict" }, new[] { "build", "--strict" })]
    [InlineData(new[] { "validate" }, new[] { "validate" })]
    [InlineData(new[] { "--help" }, new[] { "--help" })]
    public void Build_is_the_default_command(string[] args, string[] expected) =>
        Assert.Equal(expected, CommandLineApp.WithDefaultCommand(args));

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("simulate", "--help")]
    [InlineData("validate", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--baseline-days", "0")]
    [InlineData("build", "--baseline-days", "soon")]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("simulate")]
    [InlineData("simulate", "--out", "x", "--tracking-rows", "-5")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error.Trim());
    }
}
