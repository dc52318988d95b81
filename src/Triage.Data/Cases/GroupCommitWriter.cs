using System.Data.Common;
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
    private readonly IDbContextFactory<TriageDbContext> contexts;
    private readonly DatabaseWriteGate gate;
    private readonly Task writing;
    private CaseWriterSession? session;

    public GroupCommitWriter(IDbContextFactory<TriageDbContext> contexts, DatabaseWriteGate gate)
    {
        this.contexts = contexts;
        this.gate = gate;
        writing = Task.Factory.StartNew(Write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
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
        await DropSessionAsync();
    }

    /// <summary>
    /// Runs on a thread of its own, waiting by blocking: a writer woken through the thread pool would wait in its
    /// queue behind the very requests whose cases it is to commit.
    /// </summary>
    private void Write()
    {
        var batch = new List<PendingCase>(MaxBatch);
        while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            CommitAsync(batch, rechecked: false).GetAwaiter().GetResult();
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
        session ??= await CaseWriterSession.OpenAsync(contexts);
        try
        {
            return await StoreAsync(session, batch);
        }
        catch
        {
            await DropSessionAsync();
            throw;
        }
    }

    private static async Task<StoreOutcome[]> StoreAsync(CaseWriterSession session, IReadOnlyList<PendingCase> batch)
    {
        await using var transaction = await session.BeginAsync();
        var taken = new Dictionary<string, StoredCase>(StringComparer.Ordinal);
        var outcomes = new StoreOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var pending = batch[i];
            if ((taken.GetValueOrDefault(pending.Case.ClientCaseId) ?? await session.FindAsync(pending.Case.ClientCaseId)) is { } stored)
            {
                outcomes[i] = CaseStore.Compare(stored, pending.Case.ContentHash);
            }
            else
            {
                // A repeat later in this same batch is a retry of this one.
                taken.Add(pending.Case.ClientCaseId, pending.Case);
                await session.Cases.InsertAsync(pending.Case, CancellationToken.None);
                foreach (var caseEvent in pending.Case.Events)
                {
                    await session.Events.InsertAsync(caseEvent, CancellationToken.None);
                }

                if (pending.Consult is { } consult)
                {
                    await session.Consults.InsertAsync(consult, CancellationToken.None);
                }

                outcomes[i] = new StoreOutcome(StoreOutcomeKind.Stored, pending.Case);
            }

            if (pending.Audit is { } audit)
            {
                await session.Audits.InsertAsync(audit.Entry(outcomes[i].Case.Id, allowed: true), CancellationToken.None);
            }
        }

        await transaction.CommitAsync();
        return outcomes;
    }

    private async Task DropSessionAsync()
    {
        if (session is { } dropped)
        {
            session = null;
            await dropped.DisposeAsync();
        }
    }
}
