using Microsoft.EntityFrameworkCore;
using Triage.Data.Audit;

namespace Triage.Data.Cases;

/// <summary>Group commits through EF Core's change tracker: one query reads the batch's retries ahead, one SaveChanges writes it.</summary>
internal sealed class TrackedCaseBatchStore(IDbContextFactory<TriageDbContext> contexts) : ICaseBatchStore
{
    // Compiled once per database: the writer asks for every commit.
    private readonly Func<TriageDbContext, string[], IAsyncEnumerable<StoredCase>> storedUnder =
        EF.CompileAsyncQuery((TriageDbContext db, string[] clientCaseIds) => db.Cases.AsNoTracking().Where(c => clientCaseIds.Contains(c.ClientCaseId)));

    public async Task<ICaseBatch> BeginAsync(IReadOnlyList<PendingCase> batch)
    {
        var db = await contexts.CreateDbContextAsync();
        try
        {
            var clientCaseIds = batch.Select(p => p.Case.ClientCaseId).Distinct().ToArray();
            return new Batch(db, await storedUnder(db, clientCaseIds).ToDictionaryAsync(c => c.ClientCaseId, StringComparer.Ordinal));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Batch(TriageDbContext db, Dictionary<string, StoredCase> stored) : ICaseBatch
    {
        public Task<StoredCase?> FindAsync(string clientCaseId) => Task.FromResult(stored.GetValueOrDefault(clientCaseId));

        public Task AddAsync(PendingCase pending)
        {
            db.Cases.Add(pending.Case);
            if (pending.Consult is { } consult)
            {
                db.Consults.Add(consult);
            }

            return Task.CompletedTask;
        }

        public Task AuditAsync(AuditEntry entry)
        {
            db.AuditEntries.Add(entry);
            return Task.CompletedTask;
        }

        public Task CommitAsync() => db.SaveChangesAsync();

        public ValueTask DisposeAsync() => db.DisposeAsync();
    }
}
