using Triage.Data.Audit;
using Triage.Data.Consults;

namespace Telemed.Hub.Consults;

/// <summary>
/// Who may see a consult, for the hub, attachment downloads and case access alike: its claimer; a specialist of its
/// region and specialty; and, once escalated, anyone in its region or a neighbouring one. Decided from stored state,
/// never from what a client claims; <see cref="CheckAsync"/> audits the answer either way.
/// </summary>
public sealed class ConsultVisibility(SpecialistDirectory specialists, AuditLog audit)
{
    public async Task<bool> CanSeeAsync(Specialist specialist, Consult consult, CancellationToken cancellationToken) =>
        Sees(specialist, consult, await specialists.NeighboursOfAsync(consult.RegionId, cancellationToken));

    /// <summary>The consults among <paramref name="consults"/> the specialist may see, looking each region's neighbours up once.</summary>
    public async Task<IReadOnlyList<Consult>> VisibleAmongAsync(Specialist specialist, IEnumerable<Consult> consults, CancellationToken cancellationToken)
    {
        var neighbours = new Dictionary<string, IReadOnlyList<string>>();
        var visible = new List<Consult>();
        foreach (var consult in consults)
        {
            if (!neighbours.TryGetValue(consult.RegionId, out var around))
            {
                around = neighbours[consult.RegionId] = await specialists.NeighboursOfAsync(consult.RegionId, cancellationToken);
            }

            if (Sees(specialist, consult, around))
            {
                visible.Add(consult);
            }
        }

        return visible;
    }

    /// <summary>
    /// Decides whether <paramref name="caller"/> (the token's subject; <paramref name="specialist"/> when registered)
    /// may use <paramref name="consult"/> for <paramref name="action"/>, and audits the answer. A missing consult is
    /// refused like a hidden one, so the answer never tells whether an id exists.
    /// </summary>
    public async Task<bool> CheckAsync(string caller, Specialist? specialist, Consult? consult, string action, Guid? caseId, string source, CancellationToken cancellationToken)
    {
        var allowed = specialist is not null && consult is not null && await CanSeeAsync(specialist, consult, cancellationToken);
        await audit.RecordAsync(caller, SpecialistRole.Name, action, caseId ?? consult?.CaseId, allowed, source, cancellationToken);
        return allowed;
    }

    private static bool Sees(Specialist specialist, Consult consult, IReadOnlyList<string> neighboursOfConsultRegion) =>
        consult.ClaimedBy == specialist.Id
        || (specialist.RegionId == consult.RegionId && specialist.Specialties.Contains(consult.Specialty))
        || (consult.EscalatedAtUtc is not null && (specialist.RegionId == consult.RegionId || neighboursOfConsultRegion.Contains(specialist.RegionId)));
}
