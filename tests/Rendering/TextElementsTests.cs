using System.Text;
using RoiReportGen.Rendering;

namespace RoiReportGen.Tests.Rendering;

/// <summary>Issue 11 item 5: text is shortened by user-perceived characters, never inside one.</summary>
public sealed class TextElementsTests
{
    [Theory]
    [InlineData("👨‍👩‍👧", 1)] // a ZWJ family is one character
    [InlineData("🇮🇳🇺🇸", 2)] // two flags
    [InlineData("👍🏽x", 2)] // a skin-tone modifier stays with its emoji
    [InlineData("क्षत्रिय", 3)] // Devanagari conjuncts: क्ष, त्रि, य
    [InlineData("é", 1)] // e + combining acute
    [InlineData("", 0)]
    public void Counts_user_perceived_characters(string text, int expected) =>
        Assert.Equal(expected, TextElements.Of(text).Count);

    [Fact]
    public void Short_text_is_kept_as_it_is() => Assert.Equal("Spring 👨‍👩‍👧", TextElements.Shorten("Spring 👨‍👩‍👧", 8));

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA👨‍👩‍👧tail", "AAAAAAAAAAAAAAAAAAAAAA👨‍👩‍👧…")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAA🇮🇳🇮🇳", "AAAAAAAAAAAAAAAAAAAAAAA…")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA🇮🇳🇮🇳🇮🇳", "AAAAAAAAAAAAAAAAAAAAAA🇮🇳…")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA👍🏽👍🏽👍🏽", "AAAAAAAAAAAAAAAAAAAAAA👍🏽…")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAक्षत्रिय", "AAAAAAAAAAAAAAAAAAAAAAक्ष…")]
    public void Cuts_between_characters_and_marks_the_cut(string text, string expected)
    {
        var cut = TextElements.Shorten(text, 24);
        Assert.Equal(expected, cut);
        Assert.Equal(24, TextElements.Of(cut).Count);
    }

    [Fact]
    public void A_cut_never_leaves_half_a_surrogate_pair()
    {
        // Every length cut through a string of astral characters: each result encodes as strict UTF-8.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var text = string.Concat(Enumerable.Repeat("😀👨‍👩‍👧🇮🇳x", 10));
        for (var max = 1; max < 40; max++)
        {
            var cut = TextElements.Shorten(text, max);
            Assert.Equal(cut, strict.GetString(strict.GetBytes(cut)));
            Assert.True(TextElements.Of(cut).Count <= max);
        }
    }
}
