using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Triage.Contracts.V1;
using Triage.Data;
using Triage.Data.Consults;

namespace Triage.Testing;

/// <summary>Changes the duty roster of a test gateway's database directly, as an administrator would through the admin API.</summary>
public static class Roster
{
    public static readonly int[] AllSpecialties = Enum.GetValues<Specialty>().Where(s => s != Specialty.Unspecified).Select(s => (int)s).ToArray();

    public static async Task AddSpecialistAsync(this GatewayHost host, string id, string regionId, IEnumerable<int> specialties, bool onDuty = true, string? name = null)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<TriageDbContext>>().CreateDbContextAsync();
        db.Specialists.Add(new Specialist { Id = id, Name = name ?? $"Dr {id}", RegionId = regionId, Specialties = specialties.ToList(), OnDuty = onDuty });
        await db.SaveChangesAsync();
    }

    /// <summary>Takes everyone in a region off duty, so routing has to look elsewhere.</summary>
    public static async Task NobodyOnDutyInAsync(this GatewayHost host, string regionId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<TriageDbContext>>().CreateDbContextAsync();
        await db.Specialists.Where(s => s.RegionId == regionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.OnDuty, false));
    }
}
