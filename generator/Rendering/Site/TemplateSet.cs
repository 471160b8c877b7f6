using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// The Scriban templates of the site, parsed once from the templates folder. A template with a
/// syntax error fails the build with Scriban's own messages (file, line, column).
/// </summary>
public sealed class TemplateSet
{
    private readonly string folder;
    private readonly ConcurrentDictionary<string, Template> parsed = new(StringComparer.Ordinal);

    // Scriban's built-in functions, made once per set rather than once per render (see EscapingTemplateContext).
    private readonly ScriptObject builtins = Scriban.TemplateContext.GetDefaultBuiltinObject();

    // The model types' member accessors, built once per set rather than once per render (see EscapingTemplateContext).
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> accessors = new();

    private readonly PartialFunction partial;

    public TemplateSet(string folder)
    {
        this.folder = folder;
        partial = new PartialFunction(Partial);
    }

    /// <summary>The templates shipped next to the program (copied from the repository's templates/).</summary>
    public static TemplateSet Default { get; } = new(Path.Combine(AppContext.BaseDirectory, "templates"));

    public string Folder => folder;

    /// <summary>Renders an HTML template: every value escaped; `partial "name" model` renders another with "model" set.</summary>
    public string RenderHtml(string name, object model) => Render(name, model, TextEscapes.Html);

    /// <summary>Renders a Markdown template: every value Markdown-escaped.</summary>
    public string RenderMarkdown(string name, object model) => Render(name, model, TextEscapes.Markdown);

    private string Render(string name, object model, Func<string, string> escape)
    {
        var context = new EscapingTemplateContext(escape, builtins, accessors) { MemberRenamer = StandardMemberRenamer.Default };
        var globals = new ScriptObject();
        globals.SetValue("partial", partial, readOnly: true);
        globals.SetValue("model", model, readOnly: false);
        context.PushGlobal(globals);
        return Get(name).Render(context);
    }

    private TrustedHtml Partial(Scriban.TemplateContext context, string name, object? model)
    {
        var locals = new ScriptObject();
        locals.SetValue("model", model, readOnly: false);
        context.PushGlobal(locals);
        context.PushOutput();
        try
        {
            return new TrustedHtml(Get(name).Render(context));
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }

    private Template Get(string name) => parsed.GetOrAdd(name, n =>
    {
        var path = Path.Combine(folder, n);
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"template {n} has errors:{Environment.NewLine}{string.Join(Environment.NewLine, template.Messages)}");
        }

        return template;
    });
}
