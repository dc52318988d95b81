using Microsoft.EntityFrameworkCore;
using Triage.Contracts.V1;
using Triage.Data;
using Triage.Engine;

namespace Telemed.Hub.Routing;

/// <summary>
/// Chooses where a consult goes (docs/consult-routing.md): the suggested specialty in the clinic's region; else
/// the generalist (paediatrics for a child, internal medicine otherwise) in that region; else the same two in
/// each neighbouring region in turn. The first choice with a specialist on duty wins.
/// </summary>
public sealed class ConsultRouter(IDbContextFactory<TriageDbContext> contexts, ClinicPlaces places)
{
    // Compiled once per database: urgent cases route at intake, and translating the query each time cost twice its running.
    private readonly Func<TriageDbContext, string[], IAsyncEnumerable<OnDutyPost>> onDutyIn =
        EF.CompileAsyncQuery((TriageDbContext db, string[] regionIds) =>
            db.Specialists.Where(s => s.OnDuty && regionIds.Contains(s.RegionId)).Select(s => new OnDutyPost(s.RegionId, s.Specialties)));

    public async Task<ConsultRoute> RouteAsync(string clinicId, Specialty suggested, bool child, CancellationToken cancellationToken)
    {
        var place = await places.FindAsync(clinicId, cancellationToken) ?? throw new InvalidOperationException($"No clinic '{clinicId}'.");
        var (regionId, neighbours) = (place.RegionId, place.NeighbourRegionIds);
        string[] candidateRegions = [regionId, .. neighbours];

        // The roster is read on every route, so a change of duty applies to the very next case.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var onDuty = await onDutyIn(db, candidateRegions).ToListAsync(cancellationToken);

        var generalist = child ? Specialty.Paediatrics : Specialty.InternalMedicine;
        var choices = new List<ConsultRoute> { new(regionId, suggested, true, "suggested specialty in the clinic's region") };
        if (generalist != suggested)
        {
            choices.Add(new(regionId, generalist, true, $"no {WireName.Of(suggested)} on duty in the region: {WireName.Of(generalist)}"));
        }

        foreach (var neighbour in neighbours.Order(StringComparer.Ordinal))
        {
            choices.Add(new(neighbour, suggested, true, $"no one on duty in the region: {WireName.Of(suggested)} in neighbouring {neighbour}"));
            if (generalist != suggested)
            {
                choices.Add(new(neighbour, generalist, true, $"no one on duty in the region: {WireName.Of(generalist)} in neighbouring {neighbour}"));
            }
        }

        return choices.FirstOrDefault(c => onDuty.Any(s => s.RegionId == c.RegionId && s.Specialties.Contains((int)c.Specialty)))
            ?? choices[0] with { SpecialistOnDuty = false, Description = "no matching specialist on duty in the region or its neighbours: waiting, will escalate" };
    }

    private sealed record OnDutyPost(string RegionId, List<int> Specialties);
}
