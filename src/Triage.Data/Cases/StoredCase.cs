namespace Triage.Data.Cases;

/// <summary>
/// One acknowledged case: the report and result exactly as exchanged (protobuf bytes), plus the columns that
/// lookups and reports filter on. Timestamps are UTC.
/// </summary>
public sealed class StoredCase
{
    public Guid Id { get; init; }

    /// <summary>The terminal's UUID; unique, so concurrent retries cannot store a case twice.</summary>
    public required string ClientCaseId { get; init; }

    /// <summary>SHA-256 of the canonical report: tells a retry from a different case reusing the id.</summary>
    public required string ContentHash { get; init; }

    public required string ClinicId { get; init; }

    public DateTime RecordedAtUtc { get; init; }

    public DateTime ReceivedAtUtc { get; init; }

    public required byte[] Report { get; init; }

    public required byte[] Result { get; set; }

    public int ReferralLevel { get; set; }

    public int Specialty { get; set; }

    public double? Risk { get; set; }

    public int? News2Total { get; set; }

    public string ModelVersion { get; set; } = "";

    /// <summary>The last event's sequence number; the next event takes the one after it.</summary>
    public long LastSequence { get; set; }

    public List<StoredCaseEvent> Events { get; init; } = [];
}
