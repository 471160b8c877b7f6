using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Corpus;

/// <summary>
/// The bad-input corpus (issue 8): every folder of tests/Corpus/cases is built by the real command
/// line and its outcome checked against the case's expected.txt, like Scriban's golden test files.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Cases() => [.. CorpusCase.Names()];

    [Fact]
    public void The_corpus_has_at_least_40_cases() => Assert.True(CorpusCase.Names().Count() >= 40);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_builds_as_expected(string name)
    {
        var corpusCase = CorpusCase.Load(name);
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        var site = temp.Combine("site");
        corpusCase.WriteData(data);
        corpusCase.WriteOutput(site);
        var previous = FolderSnapshot.Of(site);

        string[] extra = [.. corpusCase.Values("args").SelectMany(CorpusText.Words)];
        var run = CliRun.Of(["build", "--data", data, "--out", site, .. extra]);
        var errorLines = run.Error.ReplaceLineEndings("\n").Split('\n');

        // Issue 11 item 7: whatever the input, no stack trace is ever printed.
        Assert.DoesNotMatch(StackTrace.Pattern, run.Error + run.Output);

        // Issue 11 item 12: no control character (but the line ends) and no bidi control reaches the console raw.
        Assert.DoesNotMatch(@"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]", run.Error + run.Output);
        Assert.True(corpusCase.ExpectedExit == run.ExitCode, $"exit {run.ExitCode}, expected {corpusCase.ExpectedExit}; stderr:\n{Shorten(run.Error)}");
        foreach (var error in corpusCase.Values("error").Select(e => e.Replace("{out}", site, StringComparison.Ordinal)))
        {
            // A trailing "..." matches the start of a line (for messages that name the temp folder).
            var found = error.EndsWith("...", StringComparison.Ordinal)
                ? errorLines.Any(l => l.StartsWith(error[..^3], StringComparison.Ordinal))
                : errorLines.Contains(error);
            Assert.True(found, $"stderr lacks the line\n{error}\nstderr:\n{Shorten(run.Error)}");
        }

        // Nothing is ever written beside the data and the output folder (a name such as ../../x must not escape).
        Assert.Equal(["data", "site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        if (run.ExitCode != 0)
        {
            // SPEC 1: the previous report (or whatever the output folder held) stays intact.
            Assert.Equal(previous, FolderSnapshot.Of(site));
            return;
        }

        // The repository's .gitkeep is carried into the new report.
        Assert.Equal(previous.ContainsKey(".gitkeep"), File.Exists(Path.Combine(site, ".gitkeep")));

        var notices = errorLines.Where(l => l.StartsWith("notice: ", StringComparison.Ordinal)).Select(l => l["notice: ".Length..]);
        Assert.Equal(corpusCase.Values("notice"), notices);
        CorpusSiteChecks.Check(corpusCase, site);
    }

    private static string Shorten(string text) => text.Length > 2000 ? text[..2000] + " …" : text;
}
