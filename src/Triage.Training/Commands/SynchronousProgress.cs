namespace Triage.Training.Commands;

/// <summary>Reports on the calling thread: Progress&lt;T&gt; would post to the thread pool and could report after the work ended.</summary>
internal sealed class SynchronousProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
