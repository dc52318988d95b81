using System.Threading.Channels;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.Sync;

/// <summary>
/// Writes the gateway's answers to the outbox as they arrive, all that arrived meanwhile in one commit, so a
/// fast stream of acknowledgements costs a few disk flushes rather than one per case.
/// </summary>
internal sealed class AnswerRecorder : IAsyncDisposable
{
    private readonly Channel<OutboxAnswer> answers = Channel.CreateUnbounded<OutboxAnswer>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CaseOutbox outbox;
    private readonly Action<IReadOnlyCollection<OutboxAnswer>> recorded;
    private readonly Task writing;

    public AnswerRecorder(CaseOutbox outbox, Action<IReadOnlyCollection<OutboxAnswer>> recorded)
    {
        this.outbox = outbox;
        this.recorded = recorded;
        writing = WriteAsync();
    }

    public void Add(OutboxAnswer answer) => answers.Writer.TryWrite(answer);

    /// <summary>Waits until every answer received is committed, even when the sync is being cancelled: they must not be sent again.</summary>
    public async ValueTask DisposeAsync()
    {
        answers.Writer.TryComplete();
        await writing;
    }

    private async Task WriteAsync()
    {
        var batch = new List<OutboxAnswer>();
        while (await answers.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (answers.Reader.TryRead(out var answer))
            {
                batch.Add(answer);
            }

            await outbox.RecordAsync(batch, CancellationToken.None);
            recorded(batch);
        }
    }
}
