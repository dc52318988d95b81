namespace Triage.Data.Reports;

/// <summary>The cases a report covers: received in [FromUtc, ToUtc), narrowed by any place or model version given.</summary>
public sealed record CaseRowFilter(DateTime FromUtc, DateTime ToUtc, string? RegionId, string? DistrictId, string? ClinicId, string? ModelVersion);
