using System.Diagnostics;
using System.Globalization;

namespace RoiReportGen.Pipeline;

/// <summary>Shows progress on long runs: at most one line a second, only once a run has taken a second.</summary>
public sealed class ConsoleProgress(TextWriter error, string what) : IProgress<long>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastShown = TimeSpan.Zero;

    public void Report(long value)
    {
        var now = clock.Elapsed;
        if (now - lastShown < TimeSpan.FromSeconds(1))
        {
            return;
        }

        lastShown = now;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: {value:N0} rows"));
    }
}
