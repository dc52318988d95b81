using Triage.Contracts.V1;

namespace Triage.Terminal.Link;

/// <summary>
/// Where a terminal keeps its last token between runs, so a <c>sync</c> started when the link returns goes straight to
/// its cases instead of spending a round trip on signing in. A token is kept under a key made of the gateway, the
/// terminal and its secret, so other credentials never pick it up.
/// </summary>
public interface ISavedTokens
{
    Task<AccessToken?> LoadAsync(string key, CancellationToken cancellationToken);

    Task SaveAsync(string key, AccessToken token, CancellationToken cancellationToken);
}
