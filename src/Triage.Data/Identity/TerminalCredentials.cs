using Microsoft.EntityFrameworkCore;

namespace Triage.Data.Identity;

/// <summary>The stored credentials of clinic terminals: enrolled against a registered clinic, read, revoked.</summary>
public sealed class TerminalCredentials(IDbContextFactory<TriageDbContext> contexts)
{
    /// <summary>Stores a new credential; false when its clinic is not registered.</summary>
    public async Task<bool> AddAsync(TerminalCredential credential, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Clinics.AnyAsync(c => c.Id == credential.ClinicId, cancellationToken))
        {
            return false;
        }

        db.Terminals.Add(credential);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The credential of a terminal that is enrolled and not revoked; null otherwise.</summary>
    public async Task<TerminalCredential?> FindActiveAsync(string terminalId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Terminals.AsNoTracking().SingleOrDefaultAsync(t => t.Id == terminalId && t.RevokedAtUtc == null, cancellationToken);
    }

    /// <summary>False when there is no such active terminal.</summary>
    public async Task<bool> RevokeAsync(string terminalId, DateTime revokedAtUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Terminals.Where(t => t.Id == terminalId && t.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAtUtc, revokedAtUtc), cancellationToken) == 1;
    }
}
