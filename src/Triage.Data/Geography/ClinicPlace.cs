namespace Triage.Data.Geography;

/// <summary>Where a clinic lies: its region, and the regions next to it that take its consults when its own cannot.</summary>
public sealed record ClinicPlace(string ClinicId, string RegionId, IReadOnlyList<string> NeighbourRegionIds);
