using Grpc.Core;
using Grpc.Core.Interceptors;
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

    public Uri GrpcAddress { get; private set; }

    public Uri WebAddress { get; private set; }

    public string DatabasePath => Path.Combine(folder, "triage.db");

    public GrpcChannel Channel => channel ?? throw new InvalidOperationException("The gateway is not running.");

    /// <summary>The enrolled terminal of <see cref="SampleCases.KnownClinic"/>, as a feldsher's terminal would be.</summary>
    public string TerminalId { get; private set; } = "";

    public string TerminalSecret { get; private set; } = "";

    /// <summary>Calls made as the known clinic's terminal.</summary>
    public CallInvoker TerminalCalls => CallsAs(TerminalToken);

    /// <summary>The known clinic's terminal token, as the terminal got it from <c>GetTerminalToken</c>.</summary>
    public string TerminalToken { get; private set; } = "";

    public Intake.IntakeClient Intake => new(TerminalCalls);

    public Teleconsult.TeleconsultClient Teleconsult => new(TerminalCalls);

    /// <summary>Calls carrying <paramref name="token"/> as a bearer token (none when empty).</summary>
    public CallInvoker CallsAs(string token) =>
        string.IsNullOrEmpty(token) ? Channel.CreateCallInvoker() : Channel.Intercept(metadata =>
        {
            metadata.Add("authorization", $"Bearer {token}");
            return metadata;
        });

    /// <summary>Enrols a terminal for a clinic and returns its token, obtained the way a terminal obtains it.</summary>
    public async Task<string> EnrolTerminalAsync(string clinicId)
    {
        var (id, secret) = await Services.GetRequiredService<TerminalEnrolment>().EnrolAsync(clinicId, CancellationToken.None);
        return (await new TerminalAuth.TerminalAuthClient(Channel).GetTerminalTokenAsync(new TerminalTokenRequest { TerminalId = id, Secret = secret })).Token;
    }

    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The gateway is not running.");

    /// <param name="settings">Extra configuration switches, e.g. --Escalation:EmergencyAfter=00:00:01.</param>
    public static async Task<GatewayHost> StartAsync(params string[] settings)
    {
        var host = new GatewayHost(Directory.CreateTempSubdirectory("triage-gateway-").FullName, settings);
        await host.StartAgainAsync(mayMove: true);
        return host;
    }

    /// <summary>Stops the gateway and starts a fresh one on the same database file and ports.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAgainAsync(mayMove: false);
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

    /// <summary>Runs the gateway executable's <c>admin</c> command line on this gateway's data, as an operator on its machine would.</summary>
    public Task<CommandLineRun> RunAdminAsync(params string[] args) => GatewayProcess.RunAsync(["admin", .. args, .. DataSettings]);

    /// <summary>Where this gateway keeps its database, signing key and attachments.</summary>
    private string[] DataSettings =>
    [
        $"--ConnectionStrings:Triage=Data Source={DatabasePath}",
        $"--Auth:SigningKeyFile={Path.Combine(folder, "signing-key")}",
        $"--Attachments:Folder={Path.Combine(folder, "attachments")}",
    ];

    /// <summary>A signed token as the gateway issues them, e.g. for a specialist of the seeded roster.</summary>
    public string IssueToken(string subject, string role, params (string Type, string Value)[] claims) =>
        Services.GetRequiredService<TokenIssuer>().Issue(subject, [role], subject, claims.Select(c => new System.Security.Claims.Claim(c.Type, c.Value))).Token;

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

    /// <param name="mayMove">
    /// On a first start, a port found free a moment ago can be taken meanwhile by any outgoing connection: then pick
    /// others. A restart keeps its ports, since browsers and terminals reconnect to them: wait for them instead.
    /// </param>
    private async Task StartAgainAsync(bool mayMove)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnceAsync();
                return;
            }
            catch (IOException e) when (attempt < 5 && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await StopAsync();
                if (mayMove)
                {
                    GrpcAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
                    WebAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
                }
                else
                {
                    await Task.Delay(TimeSpan.FromSeconds(attempt));
                }
            }
        }
    }

    private async Task StartOnceAsync()
    {
        app = await GatewayApp.CreateAsync(
        [
            $"--Kestrel:Endpoints:Grpc:Url={GrpcAddress}",
            $"--Kestrel:Endpoints:Web:Url={WebAddress}",
            .. DataSettings,
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        await app.StartAsync();
        channel = GrpcChannel.ForAddress(GrpcAddress);
        if (TerminalId == "")
        {
            (TerminalId, TerminalSecret) = await Services.GetRequiredService<TerminalEnrolment>().EnrolAsync(SampleCases.KnownClinic, CancellationToken.None);
        }

        TerminalToken = (await new TerminalAuth.TerminalAuthClient(channel).GetTerminalTokenAsync(
            new TerminalTokenRequest { TerminalId = TerminalId, Secret = TerminalSecret })).Token;
    }
}
