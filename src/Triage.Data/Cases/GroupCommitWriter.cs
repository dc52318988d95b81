using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Triage.Data.Audit;
using Triage.Data.Consults;

namespace Triage.Data.Cases;

/// <summary>
/// The single write path for new cases. SQLite has one writer at a time and each durable commit costs a disk
/// flush; cases that arrive while a commit is under way are committed together in the next one, so under load
/// many cases share a flush, while a lone case is committed at once. Retries are recognised by one query per
/// commit rather than one per case. Each caller is answered only after the commit that holds its case.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    // Compiled once per database: the writer asks for every commit, and translating the query each time cost more than running it.
    private readonly Func<TriageDbContext, string[], IAsyncEnumerable<StoredCase>> storedUnder =
        EF.CompileAsyncQuery((TriageDbContext db, string[] clientCaseIds) => db.Cases.AsNoTracking().Where(c => clientCaseIds.Contains(c.ClientCaseId)));

    private readonly Channel<PendingCase> queue = Channel.CreateUnbounded<PendingCase>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IDbContextFactory<TriageDbContext> contexts;
    private readonly DatabaseWriteGate gate;
    private readonly Task writing;

    public GroupCommitWriter(IDbContextFactory<TriageDbContext> contexts, DatabaseWriteGate gate)
    {
        this.contexts = contexts;
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
        catch (DbException e) when (!rechecked && UniqueViolation.Is(e))
        {
            // Another gateway on the same database committed one of these client_case_ids between our check and
            // our commit; nothing of ours was committed, and checking again finds theirs.
            await CommitAsync(batch, rechecked: true);
        }
        catch (DbException) when (batch.Count > 1)
        {
            // Nothing of the batch was committed because of one case in it: commit them one by one, so that the
            // others are stored and that one gets its own error.
            foreach (var pending in batch)
            {
                await CommitAsync([pending], rechecked);
            }
        }
        catch (Exception e)
        {
            // Callers see a refusal by the database the same way whichever provider made it, as EF reports one.
            var failure = e is DbException ? new DbUpdateException("The database did not store the case.", e) : e;
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetException(failure);
            }
        }
    }

    private async Task<StoreOutcome[]> StoreAsync(IReadOnlyList<PendingCase> batch)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var clientCaseIds = batch.Select(p => p.Case.ClientCaseId).Distinct().ToArray();
        var taken = await storedUnder(db, clientCaseIds).ToDictionaryAsync(c => c.ClientCaseId, StringComparer.Ordinal);

        await using var cases = await PreparedInsert<StoredCase>.PrepareAsync(db, CancellationToken.None);
        await using var events = await PreparedInsert<StoredCaseEvent>.PrepareAsync(db, CancellationToken.None);
        await using var consults = await PreparedInsert<Consult>.PrepareAsync(db, CancellationToken.None);
        await using var audits = await PreparedInsert<AuditEntry>.PrepareAsync(db, CancellationToken.None);
        var outcomes = new StoreOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var pending = batch[i];
            if (taken.TryGetValue(pending.Case.ClientCaseId, out var stored))
            {
                outcomes[i] = CaseStore.Compare(stored, pending.Case.ContentHash);
            }
            else
            {
                // A repeat later in this same batch is a retry of this one.
                taken.Add(pending.Case.ClientCaseId, pending.Case);
                await cases.InsertAsync(pending.Case, CancellationToken.None);
                foreach (var caseEvent in pending.Case.Events)
                {
                    await events.InsertAsync(caseEvent, CancellationToken.None);
                }

                if (pending.Consult is { } consult)
                {
                    await consults.InsertAsync(consult, CancellationToken.None);
                }

                outcomes[i] = new StoreOutcome(StoreOutcomeKind.Stored, pending.Case);
            }

            if (pending.Audit is { } audit)
            {
                await audits.InsertAsync(audit.Entry(outcomes[i].Case.Id, allowed: true), CancellationToken.None);
            }
        }

        await transaction.CommitAsync();
        return outcomes;
    }
}
