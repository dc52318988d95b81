using Microsoft.EntityFrameworkCore;
using Triage.Data.Cases;
using Triage.Data.Consults;
using Triage.Data.Identity;

namespace Triage.Data;

/// <summary>
/// Every path through EF Core: batched SaveChanges for the case writer and compiled queries for the every-call reads,
/// right for a database a round trip away, where one statement per row would cost one round trip per row.
/// </summary>
public abstract class EntityFrameworkProvider : IDatabaseProvider
{
    public virtual Task MigrateAsync(TriageDbContext db, CancellationToken cancellationToken) => db.Database.MigrateAsync(cancellationToken);

    public virtual ICaseBatchStore CaseBatches(IDbContextFactory<TriageDbContext> contexts) => new TrackedCaseBatchStore(contexts);

    public virtual IActiveTerminals ActiveTerminals(IDbContextFactory<TriageDbContext> contexts) => new ActiveTerminalQuery(contexts);

    public virtual IOnDutyRoster OnDutyRoster(IDbContextFactory<TriageDbContext> contexts) => new OnDutyRosterQuery(contexts);

    public abstract bool IsUniqueViolation(DbUpdateException exception);
}
