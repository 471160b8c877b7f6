using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Metrics;

/// <summary>
/// Issue 12 item 6: windows are inclusive, so a window ending the day another starts overlaps it, whichever
/// comes first by name; a day apart does not. generator/Metrics/OverlapDetector.cs.
/// </summary>
public sealed class OverlapEdgeTests
{
    [Fact]
    public void AWindowEndingTheDayAnotherStartsOverlapsIt()
    {
        // Zed: days 0..3; Abe: days 3..6 (starts on Zed's last day; its name sorts first).
        var r = new DataBuilder().Influencer("a")
            .Sale(0, "Zed", "a", "P", 1, 1m).Sale(3, "Zed", "a", "P", 1, 1m)
            .Sale(3, "Abe", "a", "P", 1, 1m).Sale(6, "Abe", "a", "P", 1, 1m)
            .All();

        Assert.Equal(["Abe"], r.Campaign("Zed").Overlaps.First);
        Assert.Equal(["Zed"], r.Campaign("Abe").Overlaps.First);
    }

    [Fact]
    public void AOneDayWindowOnTheLastDayOfAnotherOverlapsIt()
    {
        // Long: days 0..4; Dot: day 4 only.
        var r = new DataBuilder().Influencer("a")
            .Sale(0, "Long", "a", "P", 1, 1m).Sale(4, "Long", "a", "P", 1, 1m)
            .Sale(4, "Dot", "a", "P", 1, 1m)
            .All();

        Assert.True(r.Campaign("Long").OverlapFlag);
        Assert.Equal(["Long"], r.Campaign("Dot").Overlaps.First);
    }

    [Fact]
    public void WindowsADayApartDoNotOverlapWhicheverIsNamedFirst()
    {
        // Zed: days 0..3; Abe: days 4..6.
        var r = new DataBuilder().Influencer("a")
            .Sale(0, "Zed", "a", "P", 1, 1m).Sale(3, "Zed", "a", "P", 1, 1m)
            .Sale(4, "Abe", "a", "P", 1, 1m).Sale(6, "Abe", "a", "P", 1, 1m)
            .All();

        Assert.False(r.Campaign("Zed").OverlapFlag);
        Assert.False(r.Campaign("Abe").OverlapFlag);
    }

    [Fact]
    public void TheDetectorItselfCountsTouchingWindowsOnce()
    {
        var p = new HashSet<string>(StringComparer.Ordinal) { "P" };
        var found = OverlapDetector.Find([
            new CampaignWindow("B", DataBuilder.Day(0), DataBuilder.Day(2), p),
            new CampaignWindow("A", DataBuilder.Day(2), DataBuilder.Day(2), p),
            new CampaignWindow("C", DataBuilder.Day(3), DataBuilder.Day(5), p),
        ]);

        Assert.Equal(1, found["A"].Count);   // B only: touches on day 2
        Assert.Equal(1, found["B"].Count);   // A only: C starts a day after B ends
        Assert.Equal(0, found["C"].Count);   // a day after both
    }
}
