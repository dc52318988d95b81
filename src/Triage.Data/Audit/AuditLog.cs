using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Audit;

/// <summary>
/// Writes audit entries; every read and write of patient data and every denial goes through here. A caller goes
/// on only once its entry is committed; entries recorded at the same moment share one commit, so that auditing
/// every submission does not cost a disk flush per case under load.
/// </summary>
public sealed class AuditLog : IAsyncDisposable
{
    private readonly IDbContextFactory<TriageDbContext> contexts;
    private readonly TimeProvider clock;
    private readonly DatabaseWriteGate gate;
    private readonly BatchQueue<(AuditEntry Entry, TaskCompletionSource Committed)> queue;

    public AuditLog(IDbContextFactory<TriageDbContext> contexts, TimeProvider clock, DatabaseWriteGate gate)
    {
        this.contexts = contexts;
        this.clock = clock;
        this.gate = gate;
        queue = new(CommitAsync);
    }

    public Task RecordAsync(string principal, string role, string action, Guid? caseId, bool allowed, string source, CancellationToken cancellationToken)
    {
        var entry = Pending(principal, role, action, source).Entry(caseId, allowed);
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Add((entry, committed));
        return committed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>An allowed access to be audited by the commit that stores what it wrote (see <see cref="PendingAudit"/>).</summary>
    public PendingAudit Pending(string principal, string role, string action, string source) =>
        new(principal, role, action, source, clock.GetUtcNow().UtcDateTime);

    public ValueTask DisposeAsync() => queue.DisposeAsync();

    private async Task CommitAsync(IReadOnlyList<(AuditEntry Entry, TaskCompletionSource Committed)> batch)
    {
        try
        {
            await gate.RunAsync(async () =>
            {
                await using var db = await contexts.CreateDbContextAsync();
                db.AuditEntries.AddRange(batch.Select(b => b.Entry));
                return await db.SaveChangesAsync();
            });
            foreach (var b in batch)
            {
                b.Committed.TrySetResult();
            }
        }
        catch (Exception e)
        {
            foreach (var b in batch)
            {
                b.Committed.TrySetException(e);
            }
        }
    }
}
