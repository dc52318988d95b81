using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Postgres;

/// <summary>Points a context at PostgreSQL with this assembly's migrations, which are kept apart from SQLite's.</summary>
public static class PostgresDatabase
{
    public static DbContextOptionsBuilder UseTriagePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name));
}
