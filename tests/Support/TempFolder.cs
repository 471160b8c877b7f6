namespace RoiReportGen.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted with the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("roireportgen-").FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Copies a fixture folder (under tests/Fixtures) into a sub-folder and returns its path.</summary>
    public string CopyFixture(string fixture, string as_ = "data")
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture);
        var target = Combine(as_);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*.csv"))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over it.
        }
    }
}
