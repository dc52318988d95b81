using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Triage.Data.Postgres;

public static class PostgresDatabase
{
    /// <summary>Points a context at PostgreSQL with this assembly's migrations, which are kept apart from SQLite's.</summary>
    public static DbContextOptionsBuilder UseTriagePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name));

    /// <summary>The context factory and the PostgreSQL paths.</summary>
    public static IServiceCollection AddTriagePostgres(this IServiceCollection services, string connectionString) =>
        services.AddPooledDbContextFactory<TriageDbContext>(o => o.UseTriagePostgres(connectionString))
            .AddDatabaseProvider(new PostgresProvider());
}
