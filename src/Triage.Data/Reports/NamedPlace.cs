namespace Triage.Data.Reports;

/// <param name="ParentId">The district's region or the clinic's district; null for a region.</param>
public sealed record NamedPlace(string Id, string Name, string? ParentId);
