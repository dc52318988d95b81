using Microsoft.EntityFrameworkCore;
using Triage.Data.Cases;
using Triage.Data.Consults;
using Triage.Data.Identity;

namespace Triage.Data;

/// <summary>
/// What differs between database providers beyond EF Core's translation of the shared model: the migration set and
/// start-up, the case writer's path, the reads made on every call, and how a lost race for a unique key is reported.
/// Chosen once, where the provider is configured (Triage.Data.Sqlite, Triage.Data.Postgres).
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>Brings the database to the current schema.</summary>
    Task MigrateAsync(TriageDbContext db, CancellationToken cancellationToken);

    ICaseBatchStore CaseBatches(IDbContextFactory<TriageDbContext> contexts);

    IActiveTerminals ActiveTerminals(IDbContextFactory<TriageDbContext> contexts);

    IOnDutyRoster OnDutyRoster(IDbContextFactory<TriageDbContext> contexts);

    /// <summary>The database's verdict that another writer stored a row with the same unique key first.</summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
