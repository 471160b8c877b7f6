using System.Text.Json;
using RoiReportGen.Data;
using RoiReportGen.Metrics;
using RoiReportGen.Rendering;
using RoiReportGen.Rendering.Site;
using RoiReportGen.Tests.Support;
using Xunit.Abstractions;

namespace RoiReportGen.Tests.Site.Entities;

/// <summary>assets/search-index.js (issue 14 item 3): one call with every influencer, campaign and brand and its page.</summary>
public sealed class SearchIndexTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private ReportModel Model(string fixture) =>
        ReportCalculator.Compute(DataSetLoader.Load(temp.CopyFixture(fixture, fixture)), MetricsOptions.Default);

    /// <summary>The argument of the file's one call, as JSON (the file is a JSON object inside the call).</summary>
    private static JsonElement Index(string content)
    {
        const string prefix = SearchIndex.RegisterFunction + "(";
        Assert.StartsWith(prefix, content, StringComparison.Ordinal);
        Assert.EndsWith(");\n", content, StringComparison.Ordinal);
        return JsonDocument.Parse(content[prefix.Length..^3]).RootElement;
    }

    [Fact]
    public void The_search_fixture_gives_this_index_sorted_by_name_with_a_slug_only_where_it_is_not_the_lower_case_id()
    {
        var model = Model("search");
        // INF001 < inf001 in ordinal order: INF001 takes "inf001", inf001 the next free "inf001-2" (written out).
        // "Été Glow" slugs to "t-glow" (é is not a-z; no dash at either end) and "Crème Co" to "cr-me-co". Sorted by name, case-insensitively
        // in ordinal order: Latin before Devanagari (U+0915 क < U+0930 र), "MuscleMonth" before "Été" (M < É).
        Assert.Equal(
            """
            roiReportSearch({"platforms":["Instagram","YouTube"],
            "influencers":[
            ["José Álvarez","INF001",0],
            ["Rahul Singh","inf001",0,"inf001-2"],
            ["Zoë Brown","INF004",1],
            ["क़मर ख़ान","INF003",0],
            ["राहुल सिंह","INF002",1]],
            "campaigns":[
            ["MuscleMonth","musclemonth","MuscleBlaze"],
            ["Été Glow","t-glow","Crème Co"]],
            "brands":[
            ["Crème Co","cr-me-co"],
            ["MuscleBlaze","muscleblaze"]]});

            """.ReplaceLineEndings("\n"),
            SearchIndex.Content(model, EntitySlugs.For(model)));
    }

    [Fact]
    public void Every_entry_of_the_shipped_index_resolves_to_the_page_entity_slugs_gives_it()
    {
        var model = ReportCalculator.Compute(DataSetLoader.Load(RepoPaths.Data), MetricsOptions.Default);
        var pages = EntitySlugs.For(model);
        var content = SearchIndex.Content(model, pages);
        var index = Index(content);

        var influencers = index.GetProperty("influencers").EnumerateArray().ToList();
        Assert.Equal(60, influencers.Count);
        foreach (var row in influencers)
        {
            var id = row[1].GetString()!;
            var slug = row.GetArrayLength() > 3 ? row[3].GetString()! : id.ToLowerInvariant();
            Assert.Equal(pages.InfluencerPage(id), $"influencers/{slug}.html");
            var influencer = model.All.Influencers.Single(i => i.InfluencerId == id);
            Assert.Equal(influencer.Name, row[0].GetString());
            Assert.Equal(influencer.Platform, index.GetProperty("platforms")[row[2].GetInt32()].GetString());
        }

        Assert.Equal(
            model.All.Campaigns.Select(c => (c.Campaign, pages.CampaignPage(c.Campaign), c.Brand)).Order(),
            index.GetProperty("campaigns").EnumerateArray().Select(r => (r[0].GetString()!, (string?)$"campaigns/{r[1].GetString()}.html", r[2].GetString()!)).Order());
        Assert.Equal(
            model.All.Brands.Select(b => (b.Brand, pages.BrandPage(b.Brand))).Order(),
            index.GetProperty("brands").EnumerateArray().Select(r => (r[0].GetString()!, (string?)$"brands/{r[1].GetString()}.html")).Order());

        // Devanagari names are written as UTF-8, not as \u escapes (3 bytes a letter, not 6).
        Assert.Contains("[\"राहुल वर्मा\",\"INF044\",1]", content, StringComparison.Ordinal);
        output.WriteLine($"shipped search index: {System.Text.Encoding.UTF8.GetByteCount(content):N0} bytes for {influencers.Count} influencers");
    }

    [Fact]
    public void Hostile_names_stay_strings_that_cannot_end_a_script()
    {
        var model = Model("hostile");
        var content = SearchIndex.Content(model, EntitySlugs.For(model));
        Assert.DoesNotContain("</", content, StringComparison.Ordinal);
        Assert.DoesNotContain("<!", content, StringComparison.Ordinal);
        var names = Index(content).GetProperty("influencers").EnumerateArray().Select(r => r[0].GetString()).ToHashSet();
        Assert.All(model.All.Influencers, i => Assert.Contains(i.Name, names));
    }
}
