using System.Net;

namespace Triage.Gateway.Hosting;

/// <summary>
/// Refuses to serve health data in clear text beyond this machine: an http:// endpoint must listen on loopback
/// unless Gateway:AllowPlaintextOnNetwork says a TLS-terminating proxy stands in front (docs/security.md).
/// </summary>
public static class TransportGuard
{
    public static void Check(IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("Gateway:AllowPlaintextOnNetwork"))
        {
            return;
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            var url = endpoint["Url"] ?? "";
            if (Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                && uri.Scheme == Uri.UriSchemeHttp
                && !IsLoopback(uri.Host))
            {
                throw new InvalidOperationException(
                    $"Kestrel:Endpoints:{endpoint.Key} would serve plaintext on {url}, beyond this machine. Configure https with a certificate " +
                    "(Kestrel:Endpoints:<name>:Certificate) or, behind a TLS-terminating proxy, set Gateway:AllowPlaintextOnNetwork=true.");
            }
        }
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
