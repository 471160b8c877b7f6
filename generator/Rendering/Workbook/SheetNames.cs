namespace RoiReportGen.Rendering.Workbook;

/// <summary>A sheet's name from its CSV file's name, made valid for Excel: at most 31 characters, none of []:*?/\.</summary>
public static class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    public static string Of(string fileName)
    {
        // Not Path.GetFileNameWithoutExtension: '/' and '\' are characters to replace here, not folders.
        var name = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? fileName[..^4] : fileName;
        name = string.Concat(name.Select(c => Array.IndexOf(Forbidden, c) >= 0 ? '_' : c)).Trim('\'');
        name = name.Length > MaxLength ? name[..MaxLength] : name;
        return name.Length == 0 ? "Sheet" : name;
    }
}
