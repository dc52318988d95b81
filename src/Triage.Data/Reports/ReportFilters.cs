namespace Triage.Data.Reports;

/// <summary>What an administrator can narrow a report to: names only, no patient data.</summary>
public sealed record ReportFilters(IReadOnlyList<NamedPlace> Regions, IReadOnlyList<NamedPlace> Districts, IReadOnlyList<NamedPlace> Clinics, IReadOnlyList<string> ModelVersions);
