using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Triage.Data.Geography;

namespace Triage.Data.Tests;

/// <summary>A migrated SQLite file in a temporary folder, with one clinic, deleted afterwards.</summary>
public sealed class SqliteDatabase : IAsyncLifetime, IDbContextFactory<TriageDbContext>
{
    public const string ClinicId = "KZ-ZHA-KOR-01";

    private readonly string folder = Directory.CreateTempSubdirectory("triage-data-").FullName;

    public string Path => System.IO.Path.Combine(folder, "triage.db");

    public TriageDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<TriageDbContext>().UseSqlite($"Data Source={Path}").Options);

    public async Task InitializeAsync()
    {
        await using var db = CreateDbContext();
        await DatabaseInitializer.MigrateAsync(db, CancellationToken.None);
        await GeographySeeder.SeedAsync(db, new GeographySeed(
            [new("KZ-ZHA", "Zhambyl region", [new("KZ-ZHA-KOR", "Korday district", [new(ClinicId, "Korday outpatient unit")])])]),
            CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
