using Triage.Terminal.Link;
using Triage.Terminal.Outbox;
using Triage.Terminal.Sync;

namespace Triage.Terminal.Tests.Faults;

/// <summary>One enrolled clinic terminal: its own outbox file and its credentials, synced through the terminal's own code.</summary>
public sealed class TerminalUnderTest(CaseOutbox outbox, string terminalId, string secret) : IAsyncDisposable
{
    public CaseOutbox Outbox => outbox;

    public IReadOnlyList<string> CaseIds { get; set; } = [];

    public async Task<SyncReport> SyncAsync(Uri server, RetrySettings retry, CancellationToken cancellationToken)
    {
        using var session = new TerminalSession(server, terminalId, secret, TimeSpan.FromSeconds(20));
        return await new OutboxSync(outbox, session, SyncSettings.Default with { BatchDeadline = TimeSpan.FromSeconds(20), Retry = retry }).RunAsync(cancellationToken: cancellationToken);
    }

    public async Task<HashSet<string>> AcknowledgedAsync() =>
        (await outbox.ListAsync(OutboxState.Acknowledged)).Select(e => e.ClientCaseId).ToHashSet();

    public ValueTask DisposeAsync() => outbox.DisposeAsync();
}
