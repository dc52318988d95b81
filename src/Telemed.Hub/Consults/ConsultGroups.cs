namespace Telemed.Hub.Consults;

/// <summary>SignalR group names; membership is derived from the specialist's stored region and specialties on every connect.</summary>
public static class ConsultGroups
{
    /// <summary>On-duty specialists of one specialty in one region: the first audience of a consult.</summary>
    public static string Specialty(string regionId, int specialty) => $"specialty:{regionId}:{specialty}";

    /// <summary>Everyone in a region and its neighbours: the audience of that region's escalated consults.</summary>
    public static string Escalations(string regionId) => $"escalations:{regionId}";

    /// <summary>The groups that hear about a consult: its specialty group, and the escalation group once escalated.</summary>
    public static IReadOnlyList<string> Audience(Triage.Data.Consults.Consult consult) =>
        consult.EscalatedAtUtc is null
            ? [Specialty(consult.RegionId, consult.Specialty)]
            : [Specialty(consult.RegionId, consult.Specialty), Escalations(consult.RegionId)];
}
