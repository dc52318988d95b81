using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Triage.Data.Cases;
using Triage.Data.Consults;
using Triage.Data.Identity;

namespace Triage.Data.Sqlite;

/// <summary>
/// Embedded SQLite, one gateway: statements cost no round trip, so the case writer and the every-call reads run
/// prepared or plain SQL instead of EF Core's pipeline, whose per-connection set-up cost more than the work.
/// </summary>
public sealed class SqliteProvider : EntityFrameworkProvider
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public override async Task MigrateAsync(TriageDbContext db, CancellationToken cancellationToken)
    {
        // WAL lets readers run beside the one writer; the setting is stored in the file itself.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public override ICaseBatchStore CaseBatches(IDbContextFactory<TriageDbContext> contexts) => new PreparedCaseBatchStore(contexts);

    public override IActiveTerminals ActiveTerminals(IDbContextFactory<TriageDbContext> contexts) =>
        SqliteReads.For(contexts) is { } reads ? new SqliteActiveTerminals(reads) : base.ActiveTerminals(contexts);

    public override IOnDutyRoster OnDutyRoster(IDbContextFactory<TriageDbContext> contexts) =>
        SqliteReads.For(contexts) is { } reads ? new SqliteOnDutyRoster(reads) : base.OnDutyRoster(contexts);

    public override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey };
}
