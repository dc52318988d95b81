namespace Triage.Data.Cases;

/// <summary>One thing that happened to a case, numbered without gaps per case so a watcher can resume after the last it saw.</summary>
public sealed class StoredCaseEvent
{
    public long Id { get; init; }

    public Guid CaseId { get; init; }

    public long Sequence { get; init; }

    public DateTime OccurredAtUtc { get; init; }

    /// <summary>The protobuf <c>CaseEvent</c> as sent to watchers.</summary>
    public required byte[] Payload { get; init; }
}
