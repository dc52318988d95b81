using Microsoft.EntityFrameworkCore;
using Triage.Data.Geography;

namespace Triage.Data.Tests;

/// <summary>Run on every provider, by one derived class each.</summary>
public abstract class MigrationTests(TestDatabase database) : IAsyncLifetime
{

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_new_database_is_brought_to_the_latest_migration_and_a_second_start_changes_nothing()
    {
        await using var db = database.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await database.Provider.MigrateAsync(db, CancellationToken.None);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public void The_provider_s_migrations_are_current_with_the_model()
    {
        using var db = database.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration for this provider (see docs/deploy.md).");
    }

    [Fact]
    public async Task Seeding_again_renames_and_adds_but_never_duplicates_or_deletes()
    {
        await using (var db = database.CreateDbContext())
        {
            await GeographySeeder.SeedAsync(db, new GeographySeed(
                [new("KZ-ZHA", "Zhambyl oblysy", [new("KZ-ZHA-KOR", "Korday district", [new("KZ-ZHA-KOR-02", "Masanchi health post")])])]),
                CancellationToken.None);
        }

        await using var check = database.CreateDbContext();
        Assert.Equal("Zhambyl oblysy", (await check.Regions.SingleAsync()).Name);
        Assert.Equal(["KZ-ZHA-KOR-01", "KZ-ZHA-KOR-02"], await check.Clinics.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
    }
}
