using System.Diagnostics;
using System.Globalization;

namespace RoiReportGen.Diagnostics;

/// <summary>
/// How long each stage of one run took (`--timings`): one recorder is made per run and handed down the pipeline, so
/// the stages of two runs in one process (the tests) never mix. Most stages run one after another; the site's writers run
/// two at a time (<see cref="Time{T}"/>), and a stage may be timed from any thread.
/// </summary>
public sealed class StageTimings
{
    private readonly List<StageTiming> stages = [];
    private readonly Lock gate = new();

    /// <summary>The stages in the order they were recorded (as they finished, or a fixed order for stages run at once).</summary>
    public IReadOnlyList<StageTiming> Stages
    {
        get
        {
            lock (gate)
            {
                return stages.ToArray();
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> and records its wall time under <paramref name="stage"/>.</summary>
    /// <param name="bytes">The bytes the stage read, when it read a file (throughput = bytes / time).</param>
    public T Measure<T>(string stage, Func<T> work, long? bytes = null)
    {
        var (result, timing) = Time(stage, work, bytes);
        Add(timing);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> and returns its timing without recording it: for stages that run at the same time,
    /// which are then recorded (<see cref="Add(StageTiming)"/>) in a fixed order, not in the order they happened to end.
    /// </summary>
    public static (T Result, StageTiming Timing) Time<T>(string stage, Func<T> work, long? bytes = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        var start = JitMark.Now();
        var result = work();
        return (result, Finish(stage, start, bytes));
    }

    /// <summary>As <see cref="Measure{T}(string, Func{T}, long?)"/> for work without a result.</summary>
    public void Measure(string stage, Action work, long? bytes = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        Measure(stage, () =>
        {
            work();
            return 0;
        }, bytes);
    }

    /// <summary>The start of a stage that is not one call (<see cref="Stop"/> records it).</summary>
    public static JitMark Start() => JitMark.Now();

    /// <summary>Records the stage begun at <paramref name="start"/> as ending now.</summary>
    public void Stop(string stage, JitMark start, long? bytes = null) => Add(Finish(stage, start, bytes));

    private static StageTiming Finish(string stage, JitMark start, long? bytes)
    {
        var end = JitMark.Now();
        return new StageTiming(stage, Stopwatch.GetElapsedTime(start.Timestamp, end.Timestamp).TotalMilliseconds, bytes)
        {
            JitMethods = end.Methods - start.Methods,
            JitMilliseconds = (end.JitTime - start.JitTime).TotalMilliseconds,
        };
    }

    public void Add(StageTiming timing)
    {
        lock (gate)
        {
            stages.Add(timing);
        }
    }

    /// <summary>
    /// One line per stage, for scripts: <c>timing&lt;TAB&gt;stage&lt;TAB&gt;ms (1 decimal)&lt;TAB&gt;bytes or empty&lt;TAB&gt;methods
    /// JIT-compiled&lt;TAB&gt;JIT ms (1 decimal)</c>.
    /// </summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var stage in Stages)
        {
            writer.WriteLine(stage.Line);
        }
    }
}

/// <summary>
/// One timed stage: its name, wall time and, for a file read, the file's size; and how many methods the runtime
/// JIT-compiled while it ran and how long that took (process-wide, all threads), which is what remains of start-up
/// once the published binary is ReadyToRun.
/// </summary>
public readonly record struct StageTiming(string Stage, double Milliseconds, long? Bytes)
{
    public long JitMethods { get; init; }

    public double JitMilliseconds { get; init; }

    public string Line => string.Create(
        CultureInfo.InvariantCulture,
        $"timing\t{Stage}\t{Milliseconds:0.0}\t{(Bytes is { } b ? b.ToString(CultureInfo.InvariantCulture) : "")}\t{JitMethods}\t{JitMilliseconds:0.0}");
}

/// <summary>A point in time with the runtime's JIT counters read at that moment.</summary>
public readonly record struct JitMark(long Timestamp, long Methods, TimeSpan JitTime)
{
    public static JitMark Now() => new(
        Stopwatch.GetTimestamp(),
        System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false),
        System.Runtime.JitInfo.GetCompilationTime(currentThread: false));
}
