using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Cases;

/// <summary>How the group commit reaches the database: it opens one <see cref="ICaseBatch"/> per commit.</summary>
internal interface ICaseBatchStore : IAsyncDisposable
{
    /// <summary>Opens the transaction for <paramref name="batch"/>, which the store may read ahead for.</summary>
    Task<ICaseBatch> BeginAsync(IReadOnlyList<PendingCase> batch);

    /// <summary>
    /// Prepared statements on a held connection for SQLite, where a statement costs no round trip; EF Core's
    /// batched SaveChanges elsewhere, where one statement per row would cost one round trip per row.
    /// </summary>
    static ICaseBatchStore For(IDbContextFactory<TriageDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        return db.Database.IsSqlite() ? new PreparedCaseBatchStore(contexts) : new TrackedCaseBatchStore(contexts);
    }
}
