namespace Triage.Data.Identity;

/// <summary>"Is this terminal enrolled and not revoked?", asked by every call a terminal makes, so a revocation applies to the next call.</summary>
public interface IActiveTerminals
{
    Task<bool> ExistsAsync(string terminalId, CancellationToken cancellationToken);
}
