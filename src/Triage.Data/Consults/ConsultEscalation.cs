namespace Triage.Data.Consults;

/// <summary>A stored escalation, for the operations report.</summary>
public sealed class ConsultEscalation
{
    public long Id { get; init; }

    public Guid ConsultId { get; init; }

    public DateTime EscalatedAtUtc { get; init; }

    public int Level { get; init; }

    public long WaitedSeconds { get; init; }

    /// <summary>Comma-separated region ids that were told.</summary>
    public required string RegionIds { get; init; }
}
