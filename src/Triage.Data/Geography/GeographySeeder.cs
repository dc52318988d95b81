using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Geography;

/// <summary>Adds the seed's regions, districts and clinics that are missing and renames those that changed; never deletes.</summary>
public static class GeographySeeder
{
    public static async Task SeedAsync(TriageDbContext db, GeographySeed seed, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.ToDictionaryAsync(r => r.Id, cancellationToken);
        var districts = await db.Districts.ToDictionaryAsync(d => d.Id, cancellationToken);
        var clinics = await db.Clinics.ToDictionaryAsync(c => c.Id, cancellationToken);

        foreach (var regionSeed in seed.Regions)
        {
            var neighbours = regionSeed.Neighbours?.ToList() ?? [];
            Upsert(db, regions, regionSeed.Id,
                () => new Region { Id = regionSeed.Id, Name = regionSeed.Name, NeighbourIds = neighbours },
                r => (r.Name, r.NeighbourIds) = (regionSeed.Name, neighbours));
            foreach (var districtSeed in regionSeed.Districts)
            {
                Upsert(db, districts, districtSeed.Id,
                    () => new District { Id = districtSeed.Id, Name = districtSeed.Name, RegionId = regionSeed.Id },
                    d => (d.Name, d.RegionId) = (districtSeed.Name, regionSeed.Id));
                foreach (var clinicSeed in districtSeed.Clinics)
                {
                    Upsert(db, clinics, clinicSeed.Id,
                        () => new Clinic { Id = clinicSeed.Id, Name = clinicSeed.Name, DistrictId = districtSeed.Id },
                        c => (c.Name, c.DistrictId) = (clinicSeed.Name, districtSeed.Id));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Upsert<T>(TriageDbContext db, Dictionary<string, T> existing, string id, Func<T> create, Action<T> update)
        where T : class
    {
        if (existing.TryGetValue(id, out var entity))
        {
            update(entity);
        }
        else
        {
            db.Add(create());
        }
    }
}
