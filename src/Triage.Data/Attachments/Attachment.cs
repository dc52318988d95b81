namespace Triage.Data.Attachments;

/// <summary>A file a feldsher attached to a case; the bytes live in the attachment folder, not in the database.</summary>
public sealed class Attachment
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long TotalSize { get; init; }

    public long ReceivedBytes { get; set; }

    /// <summary>Hex SHA-256, set when the last byte arrives.</summary>
    public string? Sha256 { get; set; }

    public DateTime StartedAtUtc { get; init; }

    public DateTime? CompletedAtUtc { get; set; }
}
