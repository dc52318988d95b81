using Microsoft.EntityFrameworkCore;
using Triage.Data.Consults;
using Triage.Data.Geography;
using Triage.Data.Identity;

namespace Triage.Data.Tests;

/// <summary>
/// The reads made on every call (plain SQL on SQLite, EF Core elsewhere), run on every provider by one derived class
/// each: both must see what was just written, since a revocation or a change of duty applies to the next call.
/// </summary>
public abstract class EveryCallReadTests(TestDatabase database) : IAsyncLifetime
{
    private const string Home = "KZ-ZHA";
    private const string Neighbour = "KZ-TUR";
    private const string Elsewhere = "KZ-AKM";

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await using var db = database.CreateDbContext();
        db.Regions.AddRange(new Region { Id = Neighbour, Name = "Turkistan region" }, new Region { Id = Elsewhere, Name = "Akmola region" });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_terminal_is_active_from_its_enrolment_until_its_revocation_and_an_unknown_one_never_is()
    {
        await using (var db = database.CreateDbContext())
        {
            db.Terminals.AddRange(Terminal("T-ACTIVE"), Terminal("T-REVOKED", revokedAt: new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
        }

        var query = database.Provider.ActiveTerminals(database);
        Assert.True(await query.ExistsAsync("T-ACTIVE", CancellationToken.None));
        Assert.False(await query.ExistsAsync("T-REVOKED", CancellationToken.None));
        Assert.False(await query.ExistsAsync("T-UNKNOWN", CancellationToken.None));
        Assert.False(await query.ExistsAsync("t-active", CancellationToken.None));

        await using (var db = database.CreateDbContext())
        {
            await db.Terminals.Where(t => t.Id == "T-ACTIVE").ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAtUtc, DateTime.UtcNow));
        }

        Assert.False(await query.ExistsAsync("T-ACTIVE", CancellationToken.None));
    }

    [Fact]
    public async Task The_roster_lists_each_specialist_on_duty_in_the_regions_asked_with_all_their_specialties_and_follows_duty_changes()
    {
        await using (var db = database.CreateDbContext())
        {
            db.Specialists.AddRange(
                Specialist("home-cardio-paeds", Home, onDuty: true, 3, 7),
                Specialist("home-off-duty", Home, onDuty: false, 5),
                Specialist("neighbour-surgeon", Neighbour, onDuty: true, 9),
                Specialist("elsewhere", Elsewhere, onDuty: true, 3),
                Specialist("neighbour-no-specialty-yet", Neighbour, onDuty: true));
            await db.SaveChangesAsync();
        }

        var query = database.Provider.OnDutyRoster(database);
        var posts = await query.InRegionsAsync([Home, Neighbour], CancellationToken.None);

        Assert.Equal(
            [(Neighbour, ""), (Neighbour, "9"), (Home, "3,7")],
            posts.Select(p => (p.RegionId, string.Join(",", p.Specialties))).Order());
        Assert.Empty(await query.InRegionsAsync(["KZ-NONE"], CancellationToken.None));
        Assert.Empty(await query.InRegionsAsync([], CancellationToken.None));

        await using (var db = database.CreateDbContext())
        {
            await db.Specialists.Where(s => s.Id == "home-cardio-paeds").ExecuteUpdateAsync(s => s.SetProperty(x => x.OnDuty, false));
            await db.Specialists.Where(s => s.Id == "home-off-duty").ExecuteUpdateAsync(s => s.SetProperty(x => x.OnDuty, true));
        }

        Assert.Equal([(Home, "5")], (await query.InRegionsAsync([Home], CancellationToken.None)).Select(p => (p.RegionId, string.Join(",", p.Specialties))));
    }

    private static TerminalCredential Terminal(string id, DateTime? revokedAt = null) => new()
    {
        Id = id,
        ClinicId = TestDatabase.ClinicId,
        SecretHash = new string('0', 64),
        EnrolledAtUtc = new DateTime(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc),
        RevokedAtUtc = revokedAt,
    };

    private static Specialist Specialist(string id, string regionId, bool onDuty, params int[] specialties) =>
        new() { Id = id, Name = $"Dr {id}", RegionId = regionId, OnDuty = onDuty, Specialties = [.. specialties] };
}
