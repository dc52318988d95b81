using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Cases;

/// <summary>
/// The single write path for new cases. SQLite has one writer at a time and each durable commit costs a disk
/// flush; cases that arrive while a commit is under way are committed together in the next one, so under load
/// many cases share a flush, while a lone case is committed at once. Each caller is answered only after the
/// commit that holds its case.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly Channel<PendingCase> queue = Channel.CreateUnbounded<PendingCase>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IDbContextFactory<TriageDbContext> contexts;
    private readonly Func<string, string, CancellationToken, Task<StoreOutcome>> existing;
    private readonly DatabaseWriteGate gate;
    private readonly Task writing;

    /// <param name="existing">The outcome for a case whose client_case_id another commit took first (client_case_id, content hash).</param>
    public GroupCommitWriter(IDbContextFactory<TriageDbContext> contexts, DatabaseWriteGate gate, Func<string, string, CancellationToken, Task<StoreOutcome>> existing)
    {
        this.contexts = contexts;
        this.gate = gate;
        this.existing = existing;
        writing = Task.Run(WriteAsync);
    }

    /// <summary>Stores the case (and its consult) in the next commit. Giving up waiting does not withdraw it: a retry then finds it stored.</summary>
    public Task<StoreOutcome> AddAsync(PendingCase pending, CancellationToken cancellationToken)
    {
        if (!queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommitWriter));
        }

        return pending.Outcome.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writing;
    }

    private async Task WriteAsync()
    {
        var batch = new List<PendingCase>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(IReadOnlyList<PendingCase> batch)
    {
        try
        {
            await gate.RunAsync(async () =>
            {
                await using var db = await contexts.CreateDbContextAsync();
                db.Cases.AddRange(batch.Select(p => p.Case));
                db.Consults.AddRange(batch.Where(p => p.Consult is not null).Select(p => p.Consult!));
                return await db.SaveChangesAsync();
            });
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetResult(new StoreOutcome(StoreOutcomeKind.Stored, pending.Case));
            }
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            // Nothing of the batch was committed; one case in it collides (a retry racing its original): commit
            // them one by one so that each gets its own answer.
            foreach (var pending in batch)
            {
                await CommitAsync([pending]);
            }
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            var pending = batch[0];
            try
            {
                pending.Outcome.TrySetResult(await existing(pending.Case.ClientCaseId, pending.Case.ContentHash, CancellationToken.None));
            }
            catch (Exception lookup)
            {
                pending.Outcome.TrySetException(lookup);
            }
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetException(e);
            }
        }
    }
}
