namespace Triage.Data.Audit;

/// <summary>One access to patient data, allowed or denied. Append-only: nothing updates or deletes these rows.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTime AtUtc { get; init; }

    public required string Principal { get; init; }

    public required string Role { get; init; }

    /// <summary>What was done, e.g. consult.read, consult.claim.</summary>
    public required string Action { get; init; }

    public Guid? CaseId { get; init; }

    public bool Allowed { get; init; }

    /// <summary>Remote address or connection, for "from where".</summary>
    public string Source { get; init; } = "";
}
