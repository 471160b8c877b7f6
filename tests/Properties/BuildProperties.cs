using FsCheck.Xunit;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Properties;

/// <summary>Issue 8 and SPEC 3: the same data and options give byte-identical sites.</summary>
public sealed class BuildProperties
{
    // Each case builds two whole sites through the command line: few cases.
    private const int Cases = 10;

    [Property(MaxTest = Cases, Arbitrary = [typeof(DataSetGenerators)])]
    public void Two_builds_are_byte_identical(CsvDataSet csv)
    {
        using var temp = new TempFolder();
        csv.WriteTo(temp.Combine("data"));
        var first = CliRun.Of("build", "--data", temp.Combine("data"), "--out", temp.Combine("one"));
        var second = CliRun.Of("build", "--data", temp.Combine("data"), "--out", temp.Combine("two"));
        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Equal(Files(temp.Combine("one")), Files(temp.Combine("two")));
        foreach (var file in Files(temp.Combine("one")))
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(temp.Combine("one"), file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Combine("two"), file))),
                $"{file} differs between two builds");
        }
    }

    private static List<string> Files(string root) => !Directory.Exists(root)
        ? []
        : [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
