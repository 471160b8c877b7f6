namespace RoiReportGen.Tests.Simulation;

/// <summary>A parsed CSV file: its header and its rows, each checked to have the header's width.</summary>
internal sealed class CsvTable
{
    public CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        foreach (var row in rows)
        {
            Assert.Equal(header.Length, row.Length);
        }
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public int Column(string name)
    {
        var index = Array.IndexOf(Header, name);
        Assert.True(index >= 0, $"no column {name}");
        return index;
    }

    public IEnumerable<string> Values(string name)
    {
        var index = Column(name);
        return Rows.Select(r => r[index]);
    }
}
