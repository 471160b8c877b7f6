using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RoiReportGen.Data;
using RoiReportGen.Tests.Support;

namespace RoiReportGen.Tests.Properties;

/// <summary>
/// Issue 8: whatever bytes the four files hold, the loader returns a data set (with issues) or
/// throws one <see cref="InputFileException"/>: never anything else.
/// </summary>
public sealed class LoaderProperties
{
    private const int Cases = 300;

    private static readonly string[] Files = ["influencers.csv", "posts.csv", "tracking_data.csv", "payouts.csv"];

    // Bytes that matter to a CSV reader, so random files hit quoting, line and encoding paths often.
    private static readonly byte[] Interesting = [(byte)'"', (byte)',', (byte)'\n', (byte)'\r', 0, 0xEF, 0xBB, 0xBF, 0xFF, 0xFE, (byte)'-', (byte)'1', (byte)'.'];

    public static Arbitrary<byte[][]> FileBytes() => Arb.From(
        from kind in Gen.Elements(0, 1)
        from files in kind == 0 ? Gen.ArrayOf(RandomFile(), 4) : Gen.CollectToArray(Files.Select(Mutated))
        select files);

    [Property(MaxTest = Cases, Arbitrary = [typeof(LoaderProperties)])]
    public void Load_returns_or_throws_only_InputFileException(byte[][] files)
    {
        using var temp = new TempFolder();
        for (var i = 0; i < Files.Length; i++)
        {
            File.WriteAllBytes(temp.Combine(Files[i]), files[i]);
        }

        try
        {
            var data = DataSetLoader.Load(temp.Path);
            Assert.NotEmpty(data.Influencers);
        }
        catch (InputFileException e)
        {
            Assert.Contains(".csv:", e.Message, StringComparison.Ordinal);
        }
    }

    private static Gen<byte[]> RandomFile() =>
        from length in Gen.Choose(0, 400)
        from bytes in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 255).Select(b => (byte)b)), (1, Gen.Elements(Interesting))), length)
        select bytes;

    // A valid file from the corpus base, truncated, with bytes flipped, or with quotes, BOMs and NULs put in.
    private static Gen<byte[]> Mutated(string file)
    {
        var valid = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", "base", file));
        return
            from cut in Gen.Choose(0, valid.Length)
            from edits in Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Edit(valid.Length), n))
            from truncate in Gen.Elements(false, false, true)
            select Apply(truncate ? valid[..cut] : valid, edits);
    }

    private static Gen<(int At, byte[] Insert, bool Flip)> Edit(int length) =>
        from at in Gen.Choose(0, length)
        from insert in Gen.Elements<byte[]>([(byte)'"'], [0xEF, 0xBB, 0xBF], [0], [(byte)','], [(byte)'\r'], [0xC3], [])
        from flip in Gen.Elements(true, false)
        select (at, insert, flip);

    private static byte[] Apply(byte[] content, (int At, byte[] Insert, bool Flip)[] edits)
    {
        var bytes = content.ToList();
        foreach (var (at, insert, flip) in edits)
        {
            var i = Math.Min(at, bytes.Count);
            if (flip && i < bytes.Count)
            {
                bytes[i] = (byte)~bytes[i];
            }
            else
            {
                bytes.InsertRange(i, insert);
            }
        }

        return [.. bytes];
    }
}
