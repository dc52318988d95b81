namespace Triage.Reports;

/// <summary>The period [From, To) in UTC and the area a report covers; null region means every region.</summary>
public sealed record ReportScope(DateTime FromUtc, DateTime ToUtc, string? RegionId, string? DistrictId = null, string? ClinicId = null, string? ModelVersion = null);
