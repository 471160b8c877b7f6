using RoiReportGen.Rendering;

namespace RoiReportGen.Tests.Rendering;

public sealed class ViewSlugsTests
{
    [Theory]
    [InlineData("Instagram", "instagram")]
    [InlineData("YouTube Shorts", "youtube-shorts")]
    [InlineData("X / Twitter", "x-twitter")]
    [InlineData("../../x", "x")]
    [InlineData("<b>", "b")]
    [InlineData("-rf", "rf")]
    [InlineData("a  --  b", "a-b")]
    [InlineData("", "")]
    [InlineData("...", "")]
    [InlineData("हिन्दी", "")]
    public void Slugify_follows_the_spec_rule(string name, string expected) =>
        Assert.Equal(expected, ViewSlugs.Slugify(name));
}
