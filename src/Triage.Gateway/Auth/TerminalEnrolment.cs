using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Triage.Data.Identity;

namespace Triage.Gateway.Auth;

/// <summary>Enrols clinic terminals, checks their secrets and revokes them.</summary>
public sealed class TerminalEnrolment(TerminalCredentials credentials, IActiveTerminals active, TimeProvider clock)
{
    private const int SecretBytes = 32;

    /// <summary>Creates a credential bound to one clinic; the secret is returned this once and never stored.</summary>
    public async Task<(string TerminalId, string Secret)> EnrolAsync(string clinicId, CancellationToken cancellationToken)
    {
        var terminalId = $"T-{clinicId}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}";
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        var credential = new TerminalCredential { Id = terminalId, ClinicId = clinicId, SecretHash = Hash(secret), EnrolledAtUtc = clock.GetUtcNow().UtcDateTime };
        return await credentials.AddAsync(credential, cancellationToken) ? (terminalId, secret) : throw new InvalidOperationException($"No clinic '{clinicId}'.");
    }

    /// <summary>The clinic of an active terminal whose secret matches; null otherwise.</summary>
    public async Task<string?> VerifyAsync(string terminalId, string secret, CancellationToken cancellationToken)
    {
        var terminal = await credentials.FindActiveAsync(terminalId, cancellationToken);
        return terminal is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(terminal.SecretHash), Encoding.ASCII.GetBytes(Hash(secret)))
            ? terminal.ClinicId
            : null;
    }

    public Task<bool> IsActiveAsync(string terminalId, CancellationToken cancellationToken) => active.ExistsAsync(terminalId, cancellationToken);

    /// <summary>False when there is no such active terminal.</summary>
    public Task<bool> RevokeAsync(string terminalId, CancellationToken cancellationToken) =>
        credentials.RevokeAsync(terminalId, clock.GetUtcNow().UtcDateTime, cancellationToken);

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
