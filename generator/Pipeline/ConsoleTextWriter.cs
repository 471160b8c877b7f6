using System.Text;

namespace RoiReportGen.Pipeline;

/// <summary>
/// The one choke point for console text that can carry data: every line written through it is
/// escaped by <see cref="ConsoleText.EscapeLine"/> before it reaches the real stdout or stderr. A
/// line ends only at WriteLine: a newline inside written text is data and shows as <c>\n</c>, so no
/// value can start a line of its own. Text is held until its line ends (or Flush), then written whole.
/// </summary>
public sealed class ConsoleTextWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private readonly Lock gate = new();
    private readonly StringBuilder line = new();

    // Whether the held text begins a line (false after a Flush wrote part of one): only then is it
    // checked for a workflow command at its start.
    private bool atLineStart = true;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Hold(value.ToString());

    public override void Write(string? value) => Hold(value);

    public override void Write(char[] buffer, int index, int count) => Hold(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Hold(buffer.ToString());

    public override void WriteLine() => EndLine(null);

    public override void WriteLine(string? value) => EndLine(value);

    public override void WriteLine(char value) => EndLine(value.ToString());

    public override void WriteLine(char[]? buffer) => EndLine(buffer is null ? null : new string(buffer));

    public override void WriteLine(char[] buffer, int index, int count) => EndLine(new string(buffer, index, count));

    public override void WriteLine(ReadOnlySpan<char> buffer) => EndLine(buffer.ToString());

    public override void WriteLine(StringBuilder? value) => EndLine(value?.ToString());

    /// <summary>Writes a part line held so far (escaped) and flushes the real writer.</summary>
    public override void Flush()
    {
        lock (gate)
        {
            if (line.Length > 0)
            {
                inner.Write(Escaped());
                atLineStart = false;
            }

            inner.Flush();
        }
    }

    // The real writer is not ours to close: only what is held is written out.
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void Hold(string? text)
    {
        lock (gate)
        {
            line.Append(text);
        }
    }

    private void EndLine(string? text)
    {
        lock (gate)
        {
            line.Append(text);
            inner.WriteLine(Escaped());
            atLineStart = true;
        }
    }

    private string Escaped()
    {
        var text = line.ToString();
        line.Clear();
        return ConsoleText.EscapeLine(text, startsLine: atLineStart);
    }
}
