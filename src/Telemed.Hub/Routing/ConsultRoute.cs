using Triage.Contracts.V1;

namespace Telemed.Hub.Routing;

/// <param name="SpecialistOnDuty">False when nobody matching is on duty anywhere: the consult waits in the first choice's queue and escalates.</param>
/// <param name="Description">Which rule chose the route, in words for the feldsher and the audit.</param>
public sealed record ConsultRoute(string RegionId, Specialty Specialty, bool SpecialistOnDuty, string Description);
