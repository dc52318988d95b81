using Triage.Contracts.V1;

namespace Triage.Terminal.Outbox;

/// <summary>The gateway's final word on one case: stored (with its result) or refused (with the reason).</summary>
public sealed record OutboxAnswer(string ClientCaseId, TriageResult? Result, string? Reason)
{
    public static OutboxAnswer Stored(string clientCaseId, TriageResult result) => new(clientCaseId, result, null);

    public static OutboxAnswer Refused(string clientCaseId, string reason) => new(clientCaseId, null, reason);
}
