namespace Triage.Data.Consults;

/// <summary>A specialist on duty, as routing sees one: where, and in which specialties (proto enum numbers).</summary>
public sealed record OnDutyPost(string RegionId, List<int> Specialties);
