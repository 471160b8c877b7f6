using System.Collections.Concurrent;

namespace RoiReportGen.Rendering.Charts;

/// <summary>
/// The static (CLR) members of each Plotly.NET object type, looked up once per type. DynamicObj looks them up by
/// reflection on every SetProperty and every read (RuntimeType.GetInterfaces allocates each time): about two thirds
/// of a chart's cost before, on a build with 700 charts. Plotly.NET's types have almost none (a trace's "type"), so
/// a property that is not one of them lives in the object's Properties dictionary, where DynamicObj would put it too.
/// </summary>
internal static class DynamicMembers
{
    private static readonly ConcurrentDictionary<Type, DynamicObj.PropertyHelper[]> Statics = new();

    /// <summary>The object's static members, in the order DynamicObj lists them (before its dynamic ones).</summary>
    public static IReadOnlyList<DynamicObj.PropertyHelper> StaticOf(DynamicObj.DynamicObj target) =>
        Statics.GetOrAdd(target.GetType(), static (_, o) => [.. o.GetPropertyHelpers(true).Where(h => h.IsStatic)], target);

    /// <summary>The object's static member named <paramref name="name"/>, or null when it has none (a dynamic one, if any).</summary>
    public static DynamicObj.PropertyHelper? Static(DynamicObj.DynamicObj target, string name)
    {
        foreach (var member in StaticOf(target))
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>Sets a property as <c>DynamicObj.SetProperty</c> does, without its reflection for a dynamic one.</summary>
    public static void Set(DynamicObj.DynamicObj target, string key, object value)
    {
        if (Static(target, key) is not null)
        {
            target.SetProperty(key, value);
        }
        else
        {
            target.Properties[key] = value;
        }
    }
}
