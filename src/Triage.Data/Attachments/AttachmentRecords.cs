using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Attachments;

/// <summary>The stored progress of each attachment upload; the bytes themselves live in files beside the database.</summary>
public sealed class AttachmentRecords(IDbContextFactory<TriageDbContext> contexts)
{
    public async Task<Attachment?> FindAsync(Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
    }

    public async Task AddAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UpdateAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Attachments.Update(attachment);
        await db.SaveChangesAsync(cancellationToken);
    }
}
