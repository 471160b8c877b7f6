using RoiReportGen.Data.Unicode;

namespace RoiReportGen.Tests.Data;

/// <summary>Ids and names as keys: one spelling per value (corpus cases 056 and 162 show it end to end).</summary>
public sealed class KeyNormalizerTests
{
    [Theory]
    [InlineData("  INF001 ", "INF001")]
    [InlineData("INF001\u200B", "INF001")]                    // trailing zero-width space
    [InlineData("\u2060IN\u00ADF001\uFEFF", "INF001")]        // word joiner, soft hyphen, zero-width no-break space
    [InlineData("INF001\u200D", "INF001")]                    // a joiner at an end joins nothing
    [InlineData("Cafe\u0301", "Caf\u00E9")]                   // NFC: e + combining acute is é
    [InlineData("\u00A0Asha\u3000", "Asha")]                  // Unicode spaces trimmed
    [InlineData("👨\u200D👩\u200D👧", "👨\u200D👩\u200D👧")] // joiners inside an emoji sequence stay
    [InlineData("क्\u200Dष", "क्\u200Dष")]                     // and inside Indic text
    [InlineData("آشا \u202E💪", "آشا \u202E💪")]              // a bidi override is data (escaped where printed)
    public void Normalises_ids_and_names(string text, string expected) => Assert.Equal(expected, KeyNormalizer.Normalize(text));

    [Fact]
    public void Icu_is_there_and_gives_the_uts39_skeleton()
    {
        var icu = Assert.IsType<IcuText>(IcuText.Instance);
        Assert.Equal(icu.Skeleton("Spring"), icu.Skeleton("Spr\u0456ng"));
        Assert.Equal(icu.Skeleton("Asha"), icu.Skeleton("\u0410sha"));
        Assert.NotEqual(icu.Skeleton("Asha"), icu.Skeleton("Ashe"));
    }
}
