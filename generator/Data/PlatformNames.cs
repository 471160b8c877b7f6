namespace RoiReportGen.Data;

/// <summary>
/// Folds platform spellings case-insensitively onto the first spelling seen, so "instagram" and
/// "Instagram" become one platform tab in the report.
/// </summary>
internal sealed class PlatformNames
{
    private readonly Dictionary<string, string> first = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first spelling seen for <paramref name="spelling"/>, which becomes it when new.</summary>
    public string Register(string spelling)
    {
        if (first.TryGetValue(spelling, out var known))
        {
            return known;
        }

        first.Add(spelling, spelling);
        return spelling;
    }

    /// <summary>The first spelling seen, or <paramref name="spelling"/> itself when none was.</summary>
    public string Normalise(string spelling) => first.GetValueOrDefault(spelling, spelling);
}
