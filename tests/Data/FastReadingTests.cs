using System.Globalization;
using System.Text;
using RoiReportGen.Data;
using static RoiReportGen.Tests.Data.TempDataFolder;

namespace RoiReportGen.Tests.Data;

/// <summary>
/// The short cuts of the tracking read (issue 17, item 2) give exactly what the general path gives: plain amounts and
/// counts parsed without the framework's parsers, the last date remembered, text fields interned by their raw bytes,
/// numbers read from the raw field when it has no quote, and key hashes carried with the texts.
/// </summary>
public sealed class FastReadingTests
{
    [Theory]
    [InlineData("339.15")]
    [InlineData("339.10")] // the trailing zero is kept, as decimal.Parse keeps it: 339.10 prints "339.10"
    [InlineData("339.1000")]
    [InlineData("007.5")]
    [InlineData("0")]
    [InlineData("0.00")] // zero of any scale becomes plain 0
    [InlineData("12")]
    [InlineData("99999999999999.9999")] // 14 + 4 digits: the largest the short cut takes
    [InlineData("999999999999999")] // 15 digits: the general path
    [InlineData("1.23456")] // 5 decimals: rounded by the general path
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("+5")]
    [InlineData("-0")]
    [InlineData(" 42.50 ")]
    public void AmountsAreTheDecimalTheGeneralParserGives(string text)
    {
        var status = FieldParser.ParseAmount(Encoding.UTF8.GetBytes(text), out var value);

        var expected = decimal.Parse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        expected = Math.Round(expected, FieldParser.AmountDecimals, MidpointRounding.AwayFromZero);
        expected = expected == 0m ? 0m : expected;
        Assert.Equal(FieldStatus.Ok, status);
        Assert.Equal(expected, value);
        // Same digits and scale, so the same text in every CSV and page.
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("000000000000000000000042", true, 42L)] // leading zeros do not count as digits
    [InlineData("1000000000000", true, 1_000_000_000_000L)] // 10^12, the largest count
    [InlineData("1000000000001", false, 0L)]
    [InlineData("9999999999999999999999", false, 0L)] // beyond a long
    public void CountsParseWithoutTheFrameworkParser(string text, bool ok, long expected)
    {
        Assert.Equal(ok ? FieldStatus.Ok : FieldStatus.TooLarge, FieldParser.ParseCount(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void TheLastDateIsRememberedButNeverConfused()
    {
        var cache = new DateFieldCache();
        string[] fields = ["2025-03-07", "2025-03-07", "07/03/2025", "2025-02-30", "2025-02-30", "", "2025-03-08"];

        foreach (var field in fields)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            Assert.Equal(FieldParser.ParseDate(bytes, out var expected), cache.Parse(bytes, out var value));
            Assert.Equal(expected, value);
        }
    }

    [Fact]
    public void AKeyFromHashedTextsEqualsTheKeyFromStrings()
    {
        var date = new DateOnly(2025, 3, 7);
        var fromStrings = new TrackingKey(date, false, "C1", "I1", "MB", "Whey");
        var fromTexts = new TrackingKey(date, false, KeyText.Of("C1"), KeyText.Of("I1"), KeyText.Of("MB"), KeyText.Of("Whey"));

        Assert.Equal(fromStrings, fromTexts);
        Assert.Equal(fromStrings.GetHashCode(), fromTexts.GetHashCode());
        Assert.NotEqual(fromStrings, new TrackingKey(date, true, "C1", "I1", "MB", "Whey"));
        Assert.NotEqual(fromStrings, new TrackingKey(date, false, "C1", "I1", "MB", "whey"));
    }

    [Fact]
    public void InternedTextIsWhatTextGivesAndEqualAcrossReaders()
    {
        // A BOM, CRLF, a quoted brand with a comma, an escaped quote, padding inside and outside quotes, a quoted
        // product over two lines, and the same values written plainly.
        const string Csv =
            "\uFEFF" + TrackingHeader + "\r\n"
            + "2025-01-01,,C1,I1,,\"Muscle,Blaze\",Whey,1,1\r\n"
            + "2025-01-01,,C1,I1,,\"Muscle,Blaze\",\"5\"\" Whey\",1,1\r\n"
            + "2025-01-01,,C1,I1,,  \" Muscle,Blaze \" ,Whey,1,1\r\n"
            + "2025-01-01,,C1,I1,,MB,\"Whey\r\n2kg\",1,1\r\n"
            + "2025-01-01,,C1,I1,,\"Muscle,Blaze\",Whey,1,1\r\n"
            + "2025-01-01,,\"C1\",I1,,MB,Whey,1,1\r\n";
        using var folder = new TempDataFolder(tracking: Csv);
        var expected = new List<string>();
        var first = new List<string>();
        var second = new List<string>();
        using (var table = CsvTable.Open(folder.Path, TrackingLoader.FileName, TrackingLoader.Columns))
        {
            var one = new FieldInterner();
            var other = new FieldInterner();
            while (table.Read())
            {
                foreach (var column in new[] { 2, 5, 6 })
                {
                    expected.Add(table.Text(column));
                    first.Add(one.Text(table, column).Text);
                    second.Add(other.Text(table, column).Text);
                }
            }
        }

        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Equal(["C1", "Muscle,Blaze", "Whey"], expected.Take(3));
        Assert.Equal("5\" Whey", expected[5]);
        Assert.Equal("Muscle,Blaze", expected[7]);
        Assert.Equal("Whey\r\n2kg", expected[11]);
        Assert.Equal("C1", expected[15]);
    }

    [Fact]
    public void TheSameValueQuotedPaddedOrPlainSumsIntoOneTotal()
    {
        var rows = string.Concat(Enumerable.Range(0, 3000).Select(i => (i % 3) switch
        {
            0 => "2025-01-01,,C1,I1,,MB,Whey,1,10.5\r\n",
            1 => "2025-01-01,,\"C1\",\" I1 \",,\"MB\",  Whey  ,\"2\", \"10.25\" \r\n",
            _ => " 2025-01-01 ,, C1 ,I1,,MB,\"Whey\",3,10\r\n",
        }));
        using var folder = new TempDataFolder(tracking: "\uFEFF" + TrackingHeader + "\r\n" + rows);

        foreach (var options in new[] { new TrackingReadOptions(long.MaxValue, 1), new TrackingReadOptions(0, 2) })
        {
            var data = DataSetLoader.Load(folder.Path, null, options);

            var total = Assert.Single(data.Tracking);
            Assert.Equal(("C1", "I1", "MB", "Whey"), (total.Campaign, total.InfluencerId, total.Brand, total.Product));
            Assert.Equal(6000, total.Orders); // 1,000 rows each of 1 + 2 + 3 orders
            Assert.Equal(30750.00m, total.Revenue); // 1,000 × (10.5 + 10.25 + 10) = 30,750
            Assert.Equal(3000, total.Rows);
            Assert.Empty(data.Issues);
        }
    }

    [Theory]
    [InlineData("organic", true)]
    [InlineData("ORGANIC", true)]
    [InlineData("", true)]
    [InlineData(" Organic ", true)] // padded: decoded, then trimmed
    [InlineData("\"organic\"", true)] // quoted: decoded
    [InlineData("\" \"", true)] // a quoted blank is blank
    [InlineData("organic\u00A0", true)] // a no-break space is whitespace to string.Trim
    [InlineData("instagram", false)]
    [InlineData("organic2", false)]
    [InlineData("org anic", false)]
    public void ASourceIsOrganicWhateverWayItIsWritten(string source, bool organic)
    {
        using var folder = new TempDataFolder(tracking: TrackingHeader + "\n2025-01-01," + source + ",C1,,,MB,Whey,1,1\n");

        var data = folder.Load();

        // An organic row is summed; any other source with a blank influencer_id is excluded.
        Assert.Equal(organic, data.Tracking.Count == 1);
        Assert.Equal(organic ? [] : ["attributed row has no influencer_id"], data.Issues.Select(i => i.Reason));
    }
}
