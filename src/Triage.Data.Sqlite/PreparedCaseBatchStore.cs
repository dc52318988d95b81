using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Triage.Data.Audit;
using Triage.Data.Cases;

namespace Triage.Data.Sqlite;

/// <summary>
/// Group commits through statements prepared once on a connection held from commit to commit (<see cref="CaseWriterSession"/>):
/// EF Core's change tracking and per-row SQL cost more than the inserts, and the writer is the one part of intake
/// that does not run in parallel. A commit that fails drops the session, so the next starts on a fresh connection.
/// </summary>
internal sealed class PreparedCaseBatchStore(IDbContextFactory<TriageDbContext> contexts) : ICaseBatchStore
{
    private CaseWriterSession? session;

    public async Task<ICaseBatch> BeginAsync(IReadOnlyList<PendingCase> batch)
    {
        session ??= await CaseWriterSession.OpenAsync(contexts);
        try
        {
            return new Batch(this, session, await session.BeginAsync());
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (session is { } dropped)
        {
            session = null;
            await dropped.DisposeAsync();
        }
    }

    private sealed class Batch(PreparedCaseBatchStore store, CaseWriterSession session, IDbContextTransaction transaction) : ICaseBatch
    {
        private bool committed;

        public Task<StoredCase?> FindAsync(string clientCaseId) => session.FindAsync(clientCaseId);

        public async Task AddAsync(PendingCase pending)
        {
            await session.Cases.InsertAsync(pending.Case, CancellationToken.None);
            foreach (var caseEvent in pending.Case.Events)
            {
                await session.Events.InsertAsync(caseEvent, CancellationToken.None);
            }

            if (pending.Consult is { } consult)
            {
                await session.Consults.InsertAsync(consult, CancellationToken.None);
            }
        }

        public Task AuditAsync(AuditEntry entry) => session.Audits.InsertAsync(entry, CancellationToken.None);

        public async Task CommitAsync()
        {
            await transaction.CommitAsync();
            committed = true;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.DisposeAsync();
            }
            finally
            {
                if (!committed)
                {
                    await store.DisposeAsync();
                }
            }
        }
    }
}
