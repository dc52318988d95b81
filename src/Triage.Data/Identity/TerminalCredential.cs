namespace Triage.Data.Identity;

/// <summary>
/// An enrolled clinic terminal. Its secret is shown once at enrolment; only a SHA-256 of it is kept, which is
/// enough for a 256-bit random secret (no password to guess, so no slow hash is needed).
/// </summary>
public sealed class TerminalCredential
{
    public required string Id { get; init; }

    public required string ClinicId { get; init; }

    public required string SecretHash { get; init; }

    public DateTime EnrolledAtUtc { get; init; }

    /// <summary>Set once; a revoked terminal's tokens are refused at its next call.</summary>
    public DateTime? RevokedAtUtc { get; set; }
}
