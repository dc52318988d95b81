using Triage.Testing;

namespace Triage.Gateway.Tests;

/// <summary>One running gateway shared by a test class; each test uses fresh client_case_ids, so they do not interfere.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    private GatewayHost? host;

    public GatewayHost Host => host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => host = await GatewayHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
