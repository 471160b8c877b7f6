namespace RoiReportGen.Rendering.Site.Kpis;

/// <summary>
/// The numbers of a KPI card's monthly sparkline; templates/sections/kpis.sbn draws it as inline SVG.
/// </summary>
/// <param name="Path">SVG path data in the <see cref="Width"/> × <see cref="Height"/> box: one point per month,
/// the line broken where a month's value is undefined ("M3,29L58.5,3L114,16").</param>
/// <param name="Label">The text alternative: the months covered and the low and high with their months.</param>
/// <param name="LastX">The last defined point, marked with a dot.</param>
/// <param name="BoxWidth">The template's viewBox width: always <see cref="Width"/>.</param>
/// <param name="BoxHeight">The template's viewBox height: always <see cref="Height"/>.</param>
public sealed record KpiSparkline(string Path, string Label, string LastX, string LastY, int BoxWidth = KpiSparkline.Width, int BoxHeight = KpiSparkline.Height)
{
    public const int Width = 120;
    public const int Height = 32;
}
