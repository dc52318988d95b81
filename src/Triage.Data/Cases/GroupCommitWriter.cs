using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Cases;

/// <summary>
/// The single write path for new cases. SQLite has one writer at a time and each durable commit costs a disk
/// flush; cases that arrive while a commit is under way are committed together in the next one, so under load
/// many cases share a flush, while a lone case is committed at once. Retries are recognised inside the commit that
/// would store them. Each caller is answered only after the commit that holds its case.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly Channel<PendingCase> queue = Channel.CreateUnbounded<PendingCase>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ICaseBatchStore store;
    private readonly DatabaseWriteGate gate;
    private readonly Task writing;

    public GroupCommitWriter(ICaseBatchStore store, DatabaseWriteGate gate)
    {
        this.store = store;
        this.gate = gate;
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
        await store.DisposeAsync();
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

            await CommitAsync(batch, rechecked: false);
        }
    }

    private async Task CommitAsync(IReadOnlyList<PendingCase> batch, bool rechecked)
    {
        try
        {
            var outcomes = await gate.RunAsync(() => StoreAsync(batch));
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Outcome.TrySetResult(outcomes[i]);
            }
        }
        catch (DbUpdateException e) when (!rechecked && UniqueViolation.Is(e))
        {
            // Another gateway on the same database committed one of these client_case_ids between our check and
            // our commit; nothing of ours was committed, and checking again finds theirs.
            await CommitAsync(batch, rechecked: true);
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            // The database refused a row of one case, so nothing of the batch was committed: commit them one by
            // one, so that the others are stored and that one gets its own error. Any other failure (the file
            // locked, the connection lost) would fail each case alone just the same, so it fails them all at once.
            foreach (var pending in batch)
            {
                await CommitAsync([pending], rechecked);
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

    private async Task<StoreOutcome[]> StoreAsync(IReadOnlyList<PendingCase> batch)
    {
        await using var transaction = await store.BeginAsync(batch);
        var taken = new Dictionary<string, StoredCase>(StringComparer.Ordinal);
        var outcomes = new StoreOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var pending = batch[i];
            if ((taken.GetValueOrDefault(pending.Case.ClientCaseId) ?? await transaction.FindAsync(pending.Case.ClientCaseId)) is { } stored)
            {
                outcomes[i] = CaseStore.Compare(stored, pending.Case.ContentHash);
            }
            else
            {
                // A repeat later in this same batch is a retry of this one.
                taken.Add(pending.Case.ClientCaseId, pending.Case);
                await transaction.AddAsync(pending);
                outcomes[i] = new StoreOutcome(StoreOutcomeKind.Stored, pending.Case);
            }

            if (pending.Audit is { } audit)
            {
                await transaction.AuditAsync(audit.Entry(outcomes[i].Case.Id, allowed: true));
            }
        }

        await transaction.CommitAsync();
        return outcomes;
    }
}
