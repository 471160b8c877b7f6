using Xunit.Abstractions;

[assembly: TestCollectionOrderer("RoiReportGen.Tests.Support.LongestFirst", "RoiReportGen.Tests")]

namespace RoiReportGen.Tests.Support;

/// <summary>
/// Starts the longest test collections first (issue 17 item 5). xunit runs collections two at a time on this machine's
/// two cores and by default starts them in an order that is as good as random, so a collection of two minutes that
/// starts last makes the whole run two minutes longer; started first, the many short ones fill the other core around it.
/// The browser collection and every collection named <see cref="Prefix"/>… count as long; the rest follow by name.
/// Only the order changes: each collection still runs its tests one after another, and collections in parallel.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    /// <summary>Name a class's own collection "slow: …" ([Collection("slow: …")]) when it takes a minute or more.</summary>
    public const string Prefix = "slow: ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => c.DisplayName == Browser.BrowserTestGroup.Name ? 0 : c.DisplayName.StartsWith(Prefix, StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
