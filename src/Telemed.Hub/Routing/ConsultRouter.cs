using Triage.Contracts.V1;
using Triage.Data.Consults;
using Triage.Data.Geography;
using Triage.Contracts;

namespace Telemed.Hub.Routing;

/// <summary>
/// Chooses where a consult goes (docs/consult-routing.md): the suggested specialty in the clinic's region; else
/// the generalist (paediatrics for a child, internal medicine otherwise) in that region; else the same two in
/// each neighbouring region in turn. The first choice with a specialist on duty wins.
/// </summary>
public sealed class ConsultRouter(IOnDutyRoster roster, ClinicPlaces places)
{
    public async Task<ConsultRoute> RouteAsync(string clinicId, Specialty suggested, bool child, CancellationToken cancellationToken)
    {
        var place = await places.FindAsync(clinicId, cancellationToken) ?? throw new InvalidOperationException($"No clinic '{clinicId}'.");
        var (regionId, neighbours) = (place.RegionId, place.NeighbourRegionIds);
        string[] candidateRegions = [regionId, .. neighbours];

        var onDuty = await roster.InRegionsAsync(candidateRegions, cancellationToken);

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
}
