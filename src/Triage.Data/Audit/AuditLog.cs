using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Audit;

/// <summary>
/// Writes audit entries; every read and write of patient data and every denial goes through here. A caller goes
/// on only once its entry is committed; entries recorded at the same moment share one commit, so that auditing
/// every submission does not cost a disk flush per case under load.
/// </summary>
public sealed class AuditLog : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly Channel<(AuditEntry Entry, TaskCompletionSource Committed)> queue =
        Channel.CreateUnbounded<(AuditEntry, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IDbContextFactory<TriageDbContext> contexts;
    private readonly TimeProvider clock;
    private readonly DatabaseWriteGate gate;
    private readonly Task writing;

    public AuditLog(IDbContextFactory<TriageDbContext> contexts, TimeProvider clock, DatabaseWriteGate? gate = null)
    {
        this.contexts = contexts;
        this.clock = clock;
        this.gate = gate ?? new DatabaseWriteGate();
        writing = Task.Run(WriteAsync);
    }

    public Task RecordAsync(string principal, string role, string action, Guid? caseId, bool allowed, string source, CancellationToken cancellationToken)
    {
        var entry = Pending(principal, role, action, source).Entry(caseId, allowed);
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!queue.Writer.TryWrite((entry, committed)))
        {
            throw new ObjectDisposedException(nameof(AuditLog));
        }

        return committed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>An allowed access to be audited by the commit that stores what it wrote (see <see cref="PendingAudit"/>).</summary>
    public PendingAudit Pending(string principal, string role, string action, string source) =>
        new(principal, role, action, source, clock.GetUtcNow().UtcDateTime);

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writing;
    }

    private async Task WriteAsync()
    {
        var batch = new List<(AuditEntry Entry, TaskCompletionSource Committed)>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                await gate.RunAsync(async () =>
                {
                    await using var db = await contexts.CreateDbContextAsync();
                    db.AuditEntries.AddRange(batch.Select(b => b.Entry));
                    return await db.SaveChangesAsync();
                });
                batch.ForEach(b => b.Committed.TrySetResult());
            }
            catch (Exception e)
            {
                batch.ForEach(b => b.Committed.TrySetException(e));
            }
        }
    }
}
