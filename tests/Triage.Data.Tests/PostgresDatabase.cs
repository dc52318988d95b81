using Microsoft.EntityFrameworkCore;
using Npgsql;
using Triage.Data.Postgres;
using Triage.Testing;

namespace Triage.Data.Tests;

/// <summary>A database of its own on the test PostgreSQL server (see <see cref="TestServers"/>), dropped afterwards.</summary>
public sealed class PostgresDatabase : TestDatabase
{
    private readonly string server = TestServers.Postgres;
    private readonly string name = $"triage_data_{Guid.NewGuid():N}";

    public string ConnectionString => new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    public override IDatabaseProvider Provider { get; } = new PostgresProvider();

    public override TriageDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<TriageDbContext>();
        options.UseTriagePostgres(ConnectionString);
        return new TriageDbContext(options.Options);
    }

    public override async Task InitializeAsync()
    {
        await TestServers.CreatePostgresDatabaseAsync(name);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestServers.DropPostgresDatabaseAsync(name);
    }
}
