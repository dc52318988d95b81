using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Audit;

/// <summary>Reads the audit log back, oldest first, for the administrators' audit query.</summary>
public sealed class AuditTrail(IDbContextFactory<TriageDbContext> contexts)
{
    public async Task<IReadOnlyList<AuditEntry>> FindAsync(AuditFilter filter, int maxRows, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        query = filter.CaseId is { } id ? query.Where(a => a.CaseId == id) : query;
        query = filter.Principal is { Length: > 0 } who ? query.Where(a => a.Principal == who) : query;
        query = filter.From is { } start ? query.Where(a => a.AtUtc >= start.UtcDateTime) : query;
        query = filter.To is { } end ? query.Where(a => a.AtUtc < end.UtcDateTime) : query;
        return await query.OrderBy(a => a.Id).Take(maxRows).ToListAsync(cancellationToken);
    }
}
