using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

public sealed class FollowerTierTests
{
    [Theory]
    [InlineData(0, FollowerTier.Nano)]
    [InlineData(9_999, FollowerTier.Nano)]
    [InlineData(10_000, FollowerTier.Micro)]
    [InlineData(99_999, FollowerTier.Micro)]
    [InlineData(100_000, FollowerTier.Macro)]
    [InlineData(999_999, FollowerTier.Macro)]
    [InlineData(1_000_000, FollowerTier.Mega)]
    [InlineData(250_000_000, FollowerTier.Mega)]
    public void TierBoundaries(long followers, FollowerTier expected)
    {
        var r = new DataBuilder().Influencer("a", followers: followers).All();

        Assert.Equal(expected, r.Influencer("a").Tier);
    }

    [Fact]
    public void RatioIsNullOnAZeroDivisor()
    {
        Assert.Null(Ratio.Of(5m, 0m));
        Assert.Equal(0m, Ratio.Of(0m, 5m));
        Assert.Equal(2.5m, Ratio.Of(5m, 2m));
    }
}
