namespace RoiReportGen.Cli;

/// <summary>
/// The last resort: an exception nothing else handled is a bug, but it still ends as one line and
/// exit code 2 (a fatal error), never a stack trace on a user's console. `--verbose` adds the trace.
/// </summary>
internal static class UnexpectedError
{
    public static void Print(Exception exception, bool verbose, TextWriter error)
    {
        var cause = Innermost(exception);
        error.WriteLine($"unexpected error: {cause.GetType().Name}: {cause.Message} (a bug in RoiReportGen; --verbose prints where it happened)");
        if (verbose)
        {
            // Line by line: the writer escapes newlines inside a line, and the trace should stay readable.
            foreach (var line in exception.ToString().ReplaceLineEndings("\n").Split('\n'))
            {
                error.WriteLine(line);
            }
        }
    }

    // Parallel work wraps what went wrong: name the first real cause.
    private static Exception Innermost(Exception exception) => exception switch
    {
        AggregateException aggregate when aggregate.Flatten().InnerExceptions.Count > 0 => Innermost(aggregate.Flatten().InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Innermost(inner),
        _ => exception,
    };
}
