using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> accessors;

    /// <summary>
    /// With a built-in object (Scriban's functions: string.*, array.*, html.*, …) made once and shared: building it
    /// takes longer than rendering a small template, and the entity pages render one template per entity. Templates
    /// only read it (their own variables go into the globals pushed above it), so contexts on every thread can share it.
    /// <paramref name="accessors"/>: the member accessors of the model types, shared in the same way (see
    /// <see cref="GetMemberAccessorImpl"/>).
    /// </summary>
    public EscapingTemplateContext(Func<string, string> escape, ScriptObject builtin, ConcurrentDictionary<Type, IObjectAccessor?> accessors)
        : base(builtin)
    {
        this.escape = escape;
        this.accessors = accessors;
        StrictVariables = true;
        // Templates loop over every influencer; Scriban's default limit of 1000 iterations is too low.
        LoopLimit = int.MaxValue;
        // Scriban cuts long strings (with "...") by default; table JSON at 10,000 influencers is megabytes.
        LimitToString = 0;
    }

    /// <summary>
    /// Scriban caches an accessor per type in each context, and building one lists the type's properties by reflection;
    /// with a context per rendered page (thousands of views and entity pages) that listing was 5% of the views stage.
    /// An accessor depends only on the type and the member renamer (the same in every context of a set) and is
    /// read-only once built, so one per type is shared by the set's contexts on every thread.
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        accessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target));

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
