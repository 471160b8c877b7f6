using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Corpus;

/// <summary>
/// Issue 11 item 5: `validate --strict` is the promise that `build --strict` will go through. On every
/// corpus input both give the same exit code (an emoji in a campaign name passed validate and crashed build).
/// </summary>
public sealed class ValidateAgreesWithBuildTests
{
    public static TheoryData<string> Cases() => [.. CorpusCase.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_strict_and_build_strict_end_alike(string name)
    {
        // The case's own arguments are left out: some are build-only options; the data decides here.
        var corpusCase = CorpusCase.Load(name);
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        corpusCase.WriteData(data);

        var validate = CliRun.Of("validate", "--data", data, "--strict");
        var build = CliRun.Of("build", "--data", data, "--out", temp.Combine("site"), "--strict");

        Assert.True(
            validate.ExitCode == build.ExitCode,
            $"validate --strict exit {validate.ExitCode}, build --strict exit {build.ExitCode}; build stderr:\n{Head(build.Error)}");
    }

    private static string Head(string text) => text.Length > 1500 ? text[..1500] + " …" : text;
}
