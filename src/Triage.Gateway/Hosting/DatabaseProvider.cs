using Triage.Data.Postgres;
using Triage.Data.Sqlite;

namespace Triage.Gateway.Hosting;

/// <summary>
/// <c>Database:Provider</c> picks the database behind <c>ConnectionStrings:Triage</c>: embedded SQLite (the
/// default, one gateway) or PostgreSQL (several gateways sharing one database). Each has its own migrations.
/// </summary>
internal static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    public static IServiceCollection AddTriageDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString("Triage")
            ?? throw new InvalidOperationException("ConnectionStrings:Triage is not set.");
        var provider = configuration["Database:Provider"] ?? Sqlite;
        if (provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var resolved = SqliteConnectionStrings.Resolve(connectionString, contentRoot);
            return services.AddTriageSqlite(resolved);
        }

        if (provider.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            return services.AddTriagePostgres(connectionString);
        }

        throw new InvalidOperationException($"Database:Provider '{provider}' is not known; use {Sqlite} or {PostgreSql}.");
    }
}
