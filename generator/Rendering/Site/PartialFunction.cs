using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RoiReportGen.Rendering.Site;

/// <summary>
/// The templates' <c>partial "name" model</c>: renders another template of the set with <c>model</c> set, into the
/// caller's context. One object per set, called directly: imported as a delegate it was wrapped again for every
/// render and called through reflection.
/// </summary>
internal sealed class PartialFunction(Func<TemplateContext, string, object?, TrustedHtml> render) : IScriptCustomFunction
{
    public int RequiredParameterCount => 2;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => index switch
    {
        0 => new ScriptParameterInfo(typeof(string), "name"),
        1 => new ScriptParameterInfo(typeof(object), "model"),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    // Scriban checks the count against ParameterCount and converts each argument to its parameter's type first.
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        render(context, (string)arguments[0]!, arguments[1]);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
