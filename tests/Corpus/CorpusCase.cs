using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Corpus;

/// <summary>
/// One case of tests/Corpus/cases: the base data set with the case's files laid over it, and the
/// outcome its expected.txt states. See tests/Corpus/README.md for the format.
/// </summary>
internal sealed class CorpusCase
{
    private CorpusCase(string name, string folder, List<string> lines)
    {
        Name = name;
        Folder = folder;
        Lines = lines;
    }

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public string Name { get; }

    public string Folder { get; }

    /// <summary>The expected.txt lines that say something: no blank lines, no # comments.</summary>
    public IReadOnlyList<string> Lines { get; }

    public static IEnumerable<string> Names() =>
        Directory.GetDirectories(Path.Combine(Root, "cases")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static CorpusCase Load(string name)
    {
        var folder = Path.Combine(Root, "cases", name);
        var lines = File.ReadAllLines(Path.Combine(folder, "expected.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .ToList();
        return new CorpusCase(name, folder, lines);
    }

    /// <summary>The values of every "key: value" line with this key, in file order.</summary>
    public IEnumerable<string> Values(string key) =>
        Lines.Where(l => l.StartsWith(key + ":", StringComparison.Ordinal)).Select(l => l[(key.Length + 1)..].Trim());

    /// <summary>The lines that start with this word (kpi, csv, tab), without it.</summary>
    public IEnumerable<string> Statements(string word) =>
        Lines.Where(l => l.StartsWith(word + " ", StringComparison.Ordinal)).Select(l => l[(word.Length + 1)..]);

    public int ExpectedExit => int.Parse(Values("exit").Single(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Fills the output folder as the "output:" line says: "report" (the default) is a previous report
    /// this program wrote; "not-a-report" is a folder of someone's files; "gitkeep" is a fresh clone's output/.
    /// </summary>
    public void WriteOutput(string site)
    {
        switch (Values("output").SingleOrDefault() ?? "report")
        {
            case "report":
                PreviousReport.Create(site);
                break;
            case "not-a-report":
                Directory.CreateDirectory(Path.Combine(site, "projects"));
                File.WriteAllText(Path.Combine(site, "projects", "notes.txt"), "not a report");
                break;
            case "gitkeep":
                Directory.CreateDirectory(site);
                File.WriteAllText(Path.Combine(site, ".gitkeep"), "");
                break;
            case var other:
                throw new InvalidOperationException($"{Name}: unknown output: {other}");
        }
    }

    /// <summary>Copies the base data set and the case's files into <paramref name="target"/>; applies "delete:" lines.</summary>
    public void WriteData(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "base"), "*.csv"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(Folder).Where(f => Path.GetFileName(f) != "expected.txt"))
        {
            File.WriteAllBytes(Path.Combine(target, Path.GetFileName(file)), CorpusText.ExpandRepeats(File.ReadAllBytes(file)));
        }

        foreach (var file in Values("delete"))
        {
            File.Delete(Path.Combine(target, file));
        }
    }
}
