using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// A Scriban context that escapes every value it writes (Scriban writes values raw by default),
/// except <see cref="TrustedHtml"/>. Literal template text is not a value and is written as it is.
/// Variables must exist: a misspelt name fails the build instead of printing nothing.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    private readonly Func<string, string> escape;

    /// <summary>
    /// With a built-in object (Scriban's functions: string.*, array.*, html.*, …) made once and shared: building it
    /// takes longer than rendering a small template, and the entity pages render one template per entity. Templates
    /// only read it (their own variables go into the globals pushed above it), so contexts on every thread can share it.
    /// </summary>
    public EscapingTemplateContext(Func<string, string> escape, ScriptObject builtin)
        : base(builtin)
    {
        this.escape = escape;
        StrictVariables = true;
        // Templates loop over every influencer; Scriban's default limit of 1000 iterations is too low.
        LoopLimit = int.MaxValue;
        // Scriban cuts long strings (with "...") by default; table JSON at 10,000 influencers is megabytes.
        LimitToString = 0;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TrustedHtml trusted)
        {
            Write(trusted.Html);
            return this;
        }

        Write(escape(ObjectToString(textAsObject) ?? string.Empty));
        return this;
    }
}
