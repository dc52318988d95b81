using Triage.Contracts.V1;

namespace Triage.Terminal.Outbox;

/// <summary>One case in the outbox, with the terminal's own assessment and the gateway's answer once there is one.</summary>
public sealed record OutboxEntry(
    long Position,
    CaseReport Report,
    OutboxState State,
    int Attempts,
    DateTimeOffset QueuedAt,
    DateTimeOffset UpdatedAt,
    TriageResult? Result,
    string? Reason,
    TriageResult? LocalResult = null)
{
    public string ClientCaseId => Report.ClientCaseId;
}
