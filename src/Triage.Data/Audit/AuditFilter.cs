namespace Triage.Data.Audit;

/// <summary>Which audit entries to read; an empty field does not filter.</summary>
/// <param name="To">Exclusive.</param>
public sealed record AuditFilter(Guid? CaseId, string? Principal, DateTimeOffset? From, DateTimeOffset? To);
