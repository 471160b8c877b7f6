using RoiReportGen.Rendering.Site;

namespace RoiReportGen.Tests.Site;

/// <summary>
/// TemplateSet shares Scriban's built-in functions and the model types' member accessors between renders and threads
/// (made once per set): a render still sees them, and nothing one render sets is seen by another.
/// </summary>
public sealed class TemplateSetTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("roireportgen-templates-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private TemplateSet With(params (string Name, string Text)[] templates)
    {
        foreach (var (name, text) in templates)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return new TemplateSet(folder);
    }

    [Fact]
    public void A_variable_one_render_sets_is_not_seen_by_the_next()
    {
        var set = With(("sets.sbn", "{{ leaked = model }}{{ leaked }}"), ("reads.sbn", "{{ leaked }}"));
        Assert.Equal("a &amp; b", set.RenderHtml("sets.sbn", "a & b"));

        // Variables must exist (StrictVariables): had "leaked" gone into the shared built-ins, this would print it.
        Assert.ThrowsAny<Exception>(() => set.RenderHtml("reads.sbn", "ignored"));
    }

    [Fact]
    public void Renders_on_many_threads_at_once_each_get_their_own_model_through_the_shared_built_ins()
    {
        var set = With(("upper.sbn", "{{ model | string.upcase }}-{{ model | string.size }}"));
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = set.RenderHtml("upper.sbn", $"page{i}"));

        // "page7" upper-cased is "PAGE7", 5 characters; "page123" is 7.
        Assert.Equal("PAGE7-5", results[7]);
        Assert.Equal("PAGE123-7", results[123]);
        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal($"PAGE{x.i}-{$"page{x.i}".Length}", x.r));
    }

    private sealed record Person(string Name, int Age);

    private sealed record Team(string Name, IReadOnlyList<Person> People);

    [Fact]
    public void Models_of_several_types_rendered_on_many_threads_each_read_their_own_members_through_the_shared_accessors()
    {
        var set = With(
            ("team.sbn", "{{ model.name }}:{{ for p in model.people }}{{ partial \"person.sbn\" p }};{{ end }}"),
            ("person.sbn", "{{ model.name }}={{ model.age }}"));
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = i % 2 == 0
            ? set.RenderHtml("team.sbn", new Team($"t{i}", [new Person($"a{i}", i), new Person("<b>", 1)]))
            : set.RenderHtml("person.sbn", new Person($"p{i}", i * 2)));

        Assert.Equal("t4:a4=4;&lt;b&gt;=1;", results[4]);
        Assert.Equal("p7=14", results[7]);
        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal(
            x.i % 2 == 0 ? $"t{x.i}:a{x.i}={x.i};&lt;b&gt;=1;" : $"p{x.i}={x.i * 2}", x.r));
    }

    [Fact]
    public void A_partial_called_without_its_model_fails_the_render_at_the_call()
    {
        var set = With(("bad.sbn", "{{ partial \"other.sbn\" }}"), ("other.sbn", "x"));

        var error = Assert.ThrowsAny<Exception>(() => set.RenderHtml("bad.sbn", "m"));
        Assert.Contains("bad.sbn(1,", error.Message);
        Assert.Contains("expecting `2` arguments", error.Message);
    }
}
