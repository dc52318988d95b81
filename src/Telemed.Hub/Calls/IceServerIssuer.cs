using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Telemed.Hub.Calls;

/// <summary>
/// The ICE servers for one call. TURN uses coturn's "TURN REST API" scheme (<c>use-auth-secret</c>): the username is
/// <c>expiry:callId</c> (expiry in Unix seconds) and the credential base64(HMAC-SHA1(shared secret, username)), so coturn
/// checks it without asking the gateway, and a leaked credential dies with its expiry.
/// </summary>
public sealed class IceServerIssuer(IOptions<CallOptions> options, TimeProvider clock)
{
    public bool RelayOnly => options.Value.RelayOnly;

    public IReadOnlyList<CallIceServer> For(string callId)
    {
        var settings = options.Value;
        var servers = new List<CallIceServer>();
        if (settings.StunUrls.Length > 0)
        {
            servers.Add(new CallIceServer(settings.StunUrls, null, null));
        }

        if (settings.TurnUrls.Length > 0)
        {
            var expiry = clock.GetUtcNow().Add(settings.CredentialLifetime).ToUnixTimeSeconds();
            var username = $"{expiry}:{callId}";
            servers.Add(new CallIceServer(settings.TurnUrls, username, TurnCredential(settings.TurnSecret!, username)));
        }

        return servers;
    }

    /// <summary>coturn's check of a REST API credential; SHA-1 because that is what coturn computes, not our choice.</summary>
    public static string TurnCredential(string secret, string username) =>
        Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(username)));
}
