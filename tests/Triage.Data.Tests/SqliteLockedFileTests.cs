using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Triage.Data.Cases;
using Triage.Data.Sqlite;

namespace Triage.Data.Tests;

/// <summary>When another process holds the SQLite file's write lock, waiting cases hear of it after one lock timeout, not one each.</summary>
public sealed class SqliteLockedFileTests : IAsyncLifetime
{
    private const int LockTimeoutSeconds = 1;

    private readonly SqliteDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Cases_waiting_on_a_locked_file_fail_together_and_the_next_case_after_the_lock_is_stored()
    {
        await using var store = new CaseStore(new ShortLockTimeout(database.Path), database.Provider, new DatabaseWriteGate());
        await using (var holder = new SqliteConnection($"Data Source={database.Path}"))
        {
            await holder.OpenAsync();
            await using var locked = holder.BeginTransaction(deferred: false);
            var cases = Enumerable.Range(0, 6).Select(_ => CaseStoreTests.NewCase()).ToList();

            var clock = Stopwatch.StartNew();
            var attempts = cases.Select(c => store.AddAsync(c.Report, c.Result, [c.Triaged], null, null, CancellationToken.None)).ToList();
            foreach (var attempt in attempts)
            {
                await Assert.ThrowsAsync<SqliteException>(() => attempt);
            }

            // Retrying each case alone would take a timeout per case (6 s or more); a batch fails in one.
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4.5));
        }

        var (report, result, triaged) = CaseStoreTests.NewCase();
        Assert.Equal(StoreOutcomeKind.Stored, (await store.AddAsync(report, result, [triaged], null, null, CancellationToken.None)).Kind);
    }

    private sealed class ShortLockTimeout(string path) : IDbContextFactory<TriageDbContext>
    {
        public TriageDbContext CreateDbContext() =>
            new((DbContextOptions<TriageDbContext>)new DbContextOptionsBuilder<TriageDbContext>().UseTriageSqlite($"Data Source={path};Default Timeout={LockTimeoutSeconds}").Options);
    }
}
