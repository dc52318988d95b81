using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Audit;

/// <summary>Writes audit entries; every read and write of patient data and every denial goes through here.</summary>
public sealed class AuditLog(IDbContextFactory<TriageDbContext> contexts, TimeProvider clock)
{
    public async Task RecordAsync(string principal, string role, string action, Guid? caseId, bool allowed, string source, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Principal = principal,
            Role = role,
            Action = action,
            CaseId = caseId,
            Allowed = allowed,
            Source = source,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
