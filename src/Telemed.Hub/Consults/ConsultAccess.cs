using Triage.Data.Consults;

namespace Telemed.Hub.Consults;

/// <summary>
/// Who may see a consult: its claimer; a specialist of its region and specialty; and, once escalated, anyone
/// in its region or a neighbouring one. Decided from stored state, never from what a client claims.
/// </summary>
public static class ConsultAccess
{
    public static bool CanSee(Specialist specialist, Consult consult, IReadOnlyCollection<string> neighboursOfConsultRegion) =>
        consult.ClaimedBy == specialist.Id
        || (specialist.RegionId == consult.RegionId && specialist.Specialties.Contains(consult.Specialty))
        || (consult.EscalatedAtUtc is not null && (specialist.RegionId == consult.RegionId || neighboursOfConsultRegion.Contains(specialist.RegionId)));

    /// <summary>The groups that hear about a consult: its specialty group, and the escalation group once escalated.</summary>
    public static IReadOnlyList<string> Audience(Consult consult) =>
        consult.EscalatedAtUtc is null
            ? [ConsultGroups.Specialty(consult.RegionId, consult.Specialty)]
            : [ConsultGroups.Specialty(consult.RegionId, consult.Specialty), ConsultGroups.Escalations(consult.RegionId)];
}
