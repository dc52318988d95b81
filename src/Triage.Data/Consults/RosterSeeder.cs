using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Consults;

/// <summary>Adds the seed's specialists that are missing. Existing ones are left alone: the duty roster is managed at run time.</summary>
public static class RosterSeeder
{
    public static async Task SeedAsync(TriageDbContext db, RosterSeed seed, Func<string, int> specialtyCode, CancellationToken cancellationToken)
    {
        var existing = await db.Specialists.Select(s => s.Id).ToHashSetAsync(cancellationToken);
        foreach (var specialist in seed.Specialists.Where(s => !existing.Contains(s.Id)))
        {
            db.Specialists.Add(new Specialist
            {
                Id = specialist.Id,
                Name = specialist.Name,
                RegionId = specialist.RegionId,
                Specialties = specialist.Specialties.Select(specialtyCode).ToList(),
                OnDuty = specialist.OnDuty,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
