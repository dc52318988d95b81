using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Consults;

/// <summary>Specialists and region neighbourhoods as stored now; read on each use so roster changes apply at once.</summary>
public sealed class SpecialistDirectory(IDbContextFactory<TriageDbContext> contexts)
{
    public async Task<Specialist?> FindAsync(string specialistId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Specialists.AsNoTracking().SingleOrDefaultAsync(s => s.Id == specialistId, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> NeighboursOfAsync(string regionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Regions.Where(r => r.Id == regionId).Select(r => r.NeighbourIds).SingleOrDefaultAsync(cancellationToken) ?? [];
    }

    /// <summary>Regions whose escalations this specialist hears: their own and every region that names it a neighbour.</summary>
    public async Task<IReadOnlyList<string>> EscalationRegionsForAsync(Specialist specialist, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().ToListAsync(cancellationToken);
        return regions.Where(r => r.Id == specialist.RegionId || r.NeighbourIds.Contains(specialist.RegionId)).Select(r => r.Id).ToList();
    }

    public async Task<IReadOnlyList<Specialist>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Specialists.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Puts a specialist on or off the duty roster; false when there is no such specialist.</summary>
    public async Task<bool> SetOnDutyAsync(string specialistId, bool onDuty, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Specialists.Where(s => s.Id == specialistId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.OnDuty, onDuty), cancellationToken) == 1;
    }
}
