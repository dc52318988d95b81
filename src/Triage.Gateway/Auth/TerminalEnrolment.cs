using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Triage.Data;
using Triage.Data.Identity;

namespace Triage.Gateway.Auth;

/// <summary>Enrols clinic terminals, checks their secrets and revokes them.</summary>
public sealed class TerminalEnrolment(IDbContextFactory<TriageDbContext> contexts, ActiveTerminalQuery active, TimeProvider clock)
{
    private const int SecretBytes = 32;

    /// <summary>Creates a credential bound to one clinic; the secret is returned this once and never stored.</summary>
    public async Task<(string TerminalId, string Secret)> EnrolAsync(string clinicId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Clinics.AnyAsync(c => c.Id == clinicId, cancellationToken))
        {
            throw new InvalidOperationException($"No clinic '{clinicId}'.");
        }

        var terminalId = $"T-{clinicId}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}";
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(SecretBytes));
        db.Terminals.Add(new TerminalCredential { Id = terminalId, ClinicId = clinicId, SecretHash = Hash(secret), EnrolledAtUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return (terminalId, secret);
    }

    /// <summary>The clinic of an active terminal whose secret matches; null otherwise.</summary>
    public async Task<string?> VerifyAsync(string terminalId, string secret, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var terminal = await db.Terminals.AsNoTracking().SingleOrDefaultAsync(t => t.Id == terminalId && t.RevokedAtUtc == null, cancellationToken);
        return terminal is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(terminal.SecretHash), Encoding.ASCII.GetBytes(Hash(secret)))
            ? terminal.ClinicId
            : null;
    }

    public Task<bool> IsActiveAsync(string terminalId, CancellationToken cancellationToken) => active.ExistsAsync(terminalId, cancellationToken);

    /// <summary>False when there is no such active terminal.</summary>
    public async Task<bool> RevokeAsync(string terminalId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Terminals.Where(t => t.Id == terminalId && t.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAtUtc, now), cancellationToken) == 1;
    }

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
