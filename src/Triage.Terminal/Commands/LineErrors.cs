namespace Triage.Terminal.Commands;

/// <summary>Reports a bad line on standard error and remembers it, so the other lines still run but the exit code tells.</summary>
internal sealed class LineErrors(TextWriter error)
{
    public const int BadLinesExitCode = 2;

    public int Count { get; private set; }

    public int ExitCode => Count == 0 ? 0 : BadLinesExitCode;

    public Task ReportAsync(int lineNumber, string message)
    {
        Count++;
        return error.WriteLineAsync($"line {lineNumber}: {message}");
    }
}
