using Microsoft.EntityFrameworkCore;

namespace Triage.Data;

/// <summary>Brings a database to the current schema at start-up and sets SQLite's durable, concurrent journal.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(TriageDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers run beside the one writer; the setting is stored in the file itself.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
