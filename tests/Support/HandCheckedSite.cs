using RoiReportGen.Data;
using RoiReportGen.Metrics;

namespace RoiReportGen.Tests.Support;

/// <summary>
/// tests/Fixtures/handchecked built once by the real command line for every class that only reads it (issue 17
/// item 5: it was built once per test), with the model computed from the same copy of the data.
/// </summary>
public sealed class HandCheckedSite : IDisposable
{
    private readonly Lazy<ReportModel> model;

    public HandCheckedSite()
    {
        Built = new BuiltSite("handchecked");
        model = new(() => ReportCalculator.Compute(DataSetLoader.Load(Built.Data), MetricsOptions.Default));
    }

    public BuiltSite Built { get; }

    public ReportModel Model => model.Value;

    public void Dispose() => Built.Dispose();
}

/// <summary>The classes that read the one hand-checked build; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class HandCheckedSiteGroup : ICollectionFixture<HandCheckedSite>
{
    public const string Name = "hand-checked site";
}

/// <summary>tests/Fixtures/hostile built once for the classes that read it.</summary>
public sealed class HostileSite : IDisposable
{
    public BuiltSite Built { get; } = new("hostile");

    public void Dispose() => Built.Dispose();
}

/// <summary>The classes that read the one hostile build.</summary>
[CollectionDefinition(Name)]
public sealed class HostileSiteGroup : ICollectionFixture<HostileSite>
{
    public const string Name = "hostile site";
}
