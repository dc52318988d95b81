using Microsoft.Extensions.Configuration;
using Triage.Gateway.Hosting;

namespace Triage.Gateway.Tests.Access;

public sealed class TransportGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("https://0.0.0.0:5443")]
    public void Loopback_plaintext_and_any_tls_endpoint_are_accepted(string url) => TransportGuard.Check(Endpoint(url));

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:5000")]
    [InlineData("http://10.20.0.5:5000")]
    public void Plaintext_beyond_this_machine_is_refused_at_start_with_what_to_do(string url)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TransportGuard.Check(Endpoint(url)));

        Assert.Contains("Kestrel:Endpoints:Web", error.Message);
        Assert.Contains("Certificate", error.Message);
    }

    [Fact]
    public void Plaintext_behind_a_declared_tls_proxy_is_accepted() =>
        TransportGuard.Check(Endpoint("http://0.0.0.0:5000", ("Gateway:AllowPlaintextOnNetwork", "true")));

    private static IConfiguration Endpoint(string url, params (string Key, string Value)[] more) =>
        new ConfigurationBuilder().AddInMemoryCollection(
            new[] { new KeyValuePair<string, string?>("Kestrel:Endpoints:Web:Url", url) }
                .Concat(more.Select(m => new KeyValuePair<string, string?>(m.Key, m.Value)))).Build();
}
