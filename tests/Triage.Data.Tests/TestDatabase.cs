using Microsoft.EntityFrameworkCore;
using Triage.Data.Geography;

namespace Triage.Data.Tests;

/// <summary>A freshly migrated database of one provider with one clinic, deleted afterwards; the store tests run on each.</summary>
public abstract class TestDatabase : IAsyncLifetime, IDbContextFactory<TriageDbContext>
{
    public const string ClinicId = "KZ-ZHA-KOR-01";

    public abstract TriageDbContext CreateDbContext();

    /// <summary>The provider's own paths, as the gateway would choose them for this database.</summary>
    public abstract IDatabaseProvider Provider { get; }

    public virtual async Task InitializeAsync()
    {
        await using var db = CreateDbContext();
        await Provider.MigrateAsync(db, CancellationToken.None);
        await GeographySeeder.SeedAsync(db, new GeographySeed(
            [new("KZ-ZHA", "Zhambyl region", [new("KZ-ZHA-KOR", "Korday district", [new(ClinicId, "Korday outpatient unit")])])]),
            CancellationToken.None);
    }

    public abstract Task DisposeAsync();
}
