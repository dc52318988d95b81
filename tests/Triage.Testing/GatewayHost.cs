using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Triage.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;
using Triage.Gateway.Auth;
using Triage.Gateway.Hosting;

namespace Triage.Testing;

/// <summary>
/// The real gateway on Kestrel, on two loopback ports (gRPC over HTTP/2, web over HTTP/1.1), with its own
/// SQLite file in a temporary folder. Restartable on the same file and ports, as an operator would restart it.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly string folder;
    private readonly string[] settings;
    private WebApplication? app;
    private GrpcChannel? channel;

    private GatewayHost(string folder, string[] settings)
    {
        this.folder = folder;
        this.settings = settings;
        GrpcAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        WebAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
    }

    public Uri GrpcAddress { get; }

    public Uri WebAddress { get; }

    public string DatabasePath => Path.Combine(folder, "triage.db");

    public GrpcChannel Channel => channel ?? throw new InvalidOperationException("The gateway is not running.");

    public Intake.IntakeClient Intake => new(Channel);

    public Teleconsult.TeleconsultClient Teleconsult => new(Channel);

    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The gateway is not running.");

    /// <param name="settings">Extra configuration switches, e.g. --Escalation:EmergencyAfter=00:00:01.</param>
    public static async Task<GatewayHost> StartAsync(params string[] settings)
    {
        var host = new GatewayHost(Directory.CreateTempSubdirectory("triage-gateway-").FullName, settings);
        await host.StartAgainAsync();
        return host;
    }

    /// <summary>Stops the gateway and starts a fresh one on the same database file and ports.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAgainAsync();
    }

    public async Task StopAsync()
    {
        channel?.Dispose();
        channel = null;
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }
    }

    /// <summary>A signed token as the gateway issues them, e.g. for a specialist of the seeded roster.</summary>
    public string IssueToken(string subject, string role) => Services.GetRequiredService<TokenIssuer>().Issue(subject, role, subject);

    /// <summary>Counts rows with a connection of its own, as an auditor would look at the file.</summary>
    public async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task StartAgainAsync()
    {
        app = await GatewayApp.CreateAsync(
        [
            $"--Kestrel:Endpoints:Grpc:Url={GrpcAddress}",
            $"--Kestrel:Endpoints:Web:Url={WebAddress}",
            $"--ConnectionStrings:Triage=Data Source={DatabasePath}",
            $"--Auth:SigningKeyFile={Path.Combine(folder, "signing-key")}",
            $"--Attachments:Folder={Path.Combine(folder, "attachments")}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        await app.StartAsync();
        channel = GrpcChannel.ForAddress(GrpcAddress);
    }
}
