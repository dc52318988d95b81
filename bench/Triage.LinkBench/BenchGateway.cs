using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Triage.Gateway.Auth;
using Triage.Gateway.Hosting;
using Triage.Testing;

namespace Triage.LinkBench;

/// <summary>The real gateway in this process on loopback, with a temporary database, and one terminal enrolled on it.</summary>
internal sealed class BenchGateway : IAsyncDisposable
{
    private readonly WebApplication app;

    private BenchGateway(WebApplication app, Uri grpc, string folder, string terminalId, string secret) =>
        (this.app, Grpc, Folder, TerminalId, Secret) = (app, grpc, folder, terminalId, secret);

    public Uri Grpc { get; }

    /// <summary>A temporary folder, removed with the gateway; the terminal's outboxes go here too.</summary>
    public string Folder { get; }

    public string TerminalId { get; }

    public string Secret { get; }

    public static async Task<BenchGateway> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("triage-link-bench-").FullName;
        var grpc = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var app = await GatewayApp.CreateAsync(
        [
            $"--Kestrel:Endpoints:Grpc:Url={grpc}",
            $"--Kestrel:Endpoints:Web:Url=http://127.0.0.1:{FreePort.Next()}",
            $"--ConnectionStrings:Triage=Data Source={Path.Combine(folder, "triage.db")}",
            $"--Auth:SigningKeyFile={Path.Combine(folder, "signing-key")}",
            $"--Attachments:Folder={Path.Combine(folder, "attachments")}",
            "--Logging:LogLevel:Default=Error",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error",
            // One terminal sends a thousand cases in a burst here; the per-terminal limit is not what is measured.
            "--RateLimits:PermitsPerSecond=1000000",
            "--RateLimits:Burst=1000000",
        ]);
        await app.StartAsync();
        var (terminalId, secret) = await app.Services.GetRequiredService<TerminalEnrolment>().EnrolAsync(SampleCases.KnownClinic, CancellationToken.None);
        return new BenchGateway(app, grpc, folder, terminalId, secret);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
