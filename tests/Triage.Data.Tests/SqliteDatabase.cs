using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Tests;

/// <summary>A SQLite file in a temporary folder.</summary>
public sealed class SqliteDatabase : TestDatabase
{
    private readonly string folder = Directory.CreateTempSubdirectory("triage-data-").FullName;

    public string Path => System.IO.Path.Combine(folder, "triage.db");

    public override TriageDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<TriageDbContext>().UseSqlite($"Data Source={Path}").Options);

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
