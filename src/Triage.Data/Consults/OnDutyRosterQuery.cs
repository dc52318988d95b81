using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Consults;

/// <summary>The on-duty roster through EF Core.</summary>
public sealed class OnDutyRosterQuery(IDbContextFactory<TriageDbContext> contexts) : IOnDutyRoster
{
    // Compiled once per instance (each database has its own model): translating the query each time cost twice its running.
    private readonly Func<TriageDbContext, string[], IAsyncEnumerable<OnDutyPost>> onDutyIn =
        EF.CompileAsyncQuery((TriageDbContext db, string[] regionIds) =>
            db.Specialists.Where(s => s.OnDuty && regionIds.Contains(s.RegionId)).Select(s => new OnDutyPost(s.RegionId, s.Specialties)));

    public async Task<IReadOnlyList<OnDutyPost>> InRegionsAsync(string[] regionIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await onDutyIn(db, regionIds).ToListAsync(cancellationToken);
    }
}
