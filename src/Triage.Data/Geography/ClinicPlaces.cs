using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Geography;

/// <summary>
/// Answers "where is this clinic?" from memory once a clinic has been seen: the geography is seeded at start and
/// does not change while the gateway runs, and intake asks for every case.
/// </summary>
public sealed class ClinicPlaces(IDbContextFactory<TriageDbContext> contexts)
{
    private readonly ConcurrentDictionary<string, ClinicPlace> known = new(StringComparer.Ordinal);

    /// <summary>The clinic's place; null when no such clinic is registered.</summary>
    public async ValueTask<ClinicPlace?> FindAsync(string clinicId, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(clinicId, out var place))
        {
            return place;
        }

        // Unknown ids are not remembered: a clinic registered later must be accepted without a restart.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Clinics.Where(c => c.Id == clinicId)
            .Join(db.Districts, c => c.DistrictId, d => d.Id, (c, d) => d.RegionId)
            .Join(db.Regions, regionId => regionId, r => r.Id, (regionId, r) => new { RegionId = regionId, r.NeighbourIds })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : known.GetOrAdd(clinicId, new ClinicPlace(clinicId, found.RegionId, found.NeighbourIds));
    }

    /// <summary>The clinic's region.</summary>
    /// <exception cref="InvalidOperationException">No such clinic.</exception>
    public async ValueTask<string> RegionOfAsync(string clinicId, CancellationToken cancellationToken) =>
        (await FindAsync(clinicId, cancellationToken))?.RegionId ?? throw new InvalidOperationException($"No clinic '{clinicId}'.");
}
