using Grpc.Net.Client;

namespace Triage.Testing;

/// <summary>One gateway process of a <see cref="GatewayCluster"/>: its addresses, a channel to it, and a way to kill it.</summary>
public sealed class ClusterMember(Uri grpcAddress, Uri webAddress) : IAsyncDisposable
{
    private GatewayProcess? process;

    public Uri GrpcAddress { get; } = grpcAddress;

    public Uri WebAddress { get; } = webAddress;

    public GrpcChannel Channel { get; } = GrpcChannel.ForAddress(grpcAddress);

    internal async Task StartAsync(string[] settings) =>
        process = await GatewayProcess.StartAsync(WebAddress,
        [
            $"--Kestrel:Endpoints:Grpc:Url={GrpcAddress}",
            $"--Kestrel:Endpoints:Web:Url={WebAddress}",
            .. settings,
        ]);

    /// <summary>Kills the process outright, as a crashed machine would stop: no shutdown, nothing flushed.</summary>
    public async Task KillAsync()
    {
        if (process is not null)
        {
            await process.DisposeAsync();
            process = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await KillAsync();
    }
}
