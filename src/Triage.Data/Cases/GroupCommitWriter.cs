using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Cases;

/// <summary>
/// The single write path for new cases, committed in batches (<see cref="BatchQueue{T}"/>). Retries are recognised
/// inside the commit that would store them. Each caller is answered only after the commit that holds its case.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private readonly ICaseBatchStore store;
    private readonly IDatabaseProvider provider;
    private readonly DatabaseWriteGate gate;
    private readonly BatchQueue<PendingCase> queue;

    public GroupCommitWriter(IDatabaseProvider provider, ICaseBatchStore store, DatabaseWriteGate gate)
    {
        this.provider = provider;
        this.store = store;
        this.gate = gate;
        queue = new(batch => CommitAsync(batch, rechecked: false));
    }

    /// <summary>Stores the case (and its consult) in the next commit. Giving up waiting does not withdraw it: a retry then finds it stored.</summary>
    public Task<StoreOutcome> AddAsync(PendingCase pending, CancellationToken cancellationToken)
    {
        queue.Add(pending);
        return pending.Outcome.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await queue.DisposeAsync();
        await store.DisposeAsync();
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
        catch (DbUpdateException e) when (!rechecked && provider.IsUniqueViolation(e))
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
