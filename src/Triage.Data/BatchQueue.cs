using System.Threading.Channels;

namespace Triage.Data;

/// <summary>
/// The write loop of every batched write path (cases, audit): items that arrive while a commit is under way are
/// committed together in the next one, so under load many share a disk flush while a lone item is committed at once.
/// The commit takes its turn through the <see cref="DatabaseWriteGate"/> and answers each item's waiter itself.
/// </summary>
internal sealed class BatchQueue<T> : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly Channel<T> queue = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<T>, Task> commit;
    private readonly Task writing;

    public BatchQueue(Func<IReadOnlyList<T>, Task> commit)
    {
        this.commit = commit;
        writing = Task.Run(WriteAsync);
    }

    /// <exception cref="ObjectDisposedException">The queue no longer takes items.</exception>
    public void Add(T item)
    {
        if (!queue.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(GetType().Name);
        }
    }

    /// <summary>Commits what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writing;
    }

    private async Task WriteAsync()
    {
        var batch = new List<T>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            await commit(batch);
        }
    }
}
