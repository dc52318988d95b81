using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Triage.Data.Sqlite;

namespace Triage.Data.Tests;

/// <summary>A SQLite file in a temporary folder.</summary>
public sealed class SqliteDatabase : TestDatabase
{
    private readonly string folder = Directory.CreateTempSubdirectory("triage-data-").FullName;

    public string Path => System.IO.Path.Combine(folder, "triage.db");

    public override TriageDbContext CreateDbContext() =>
        new((DbContextOptions<TriageDbContext>)new DbContextOptionsBuilder<TriageDbContext>().UseTriageSqlite($"Data Source={Path}").Options);

    public override IDatabaseProvider Provider { get; } = new SqliteProvider();

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
