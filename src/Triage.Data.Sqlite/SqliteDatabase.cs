using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Triage.Data.Sqlite;

public static class SqliteDatabase
{
    /// <summary>Points a context at a SQLite file with this assembly's migrations, which are kept apart from PostgreSQL's.</summary>
    public static DbContextOptionsBuilder UseTriageSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name));

    /// <summary>The context factory and the SQLite paths.</summary>
    public static IServiceCollection AddTriageSqlite(this IServiceCollection services, string connectionString) =>
        services.AddPooledDbContextFactory<TriageDbContext>(o => o.UseTriageSqlite(connectionString))
            .AddDatabaseProvider(new SqliteProvider());
}
