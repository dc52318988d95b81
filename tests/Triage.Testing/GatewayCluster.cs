using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Triage.Contracts.V1;

namespace Triage.Testing;

/// <summary>
/// Several gateway executables on their own loopback ports, sharing one fresh PostgreSQL database, one Redis and
/// one signing key, as a load balancer's pool would. Set up only through the operator's command line and sign-in.
/// </summary>
public sealed class GatewayCluster : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("triage-cluster-").FullName;
    private readonly string database = $"triage_cluster_{Guid.NewGuid():N}";
    private readonly List<ClusterMember> members = [];

    private GatewayCluster()
    {
    }

    public IReadOnlyList<ClusterMember> Members => members;

    public static async Task<GatewayCluster> StartAsync(int size, params string[] settings)
    {
        var cluster = new GatewayCluster();
        await TestServers.CreatePostgresDatabaseAsync(cluster.database);
        // One at a time: the first applies the migrations and seeds, the rest find it done.
        for (var i = 0; i < size; i++)
        {
            var member = new ClusterMember(new Uri($"http://127.0.0.1:{FreePort.Next()}"), new Uri($"http://127.0.0.1:{FreePort.Next()}"));
            await member.StartAsync([.. cluster.SharedSettings, .. settings]);
            cluster.members.Add(member);
        }

        return cluster;
    }

    /// <summary>Starts a killed member again on the same ports, as an operator brings a machine back.</summary>
    public Task RestartAsync(ClusterMember member) => member.StartAsync(SharedSettings);

    /// <summary>Enrols a terminal with the admin command line and gets its token from <paramref name="through"/>.</summary>
    public async Task<string> TerminalTokenAsync(string clinicId, ClusterMember through)
    {
        var run = await AdminAsync("enrol-terminal", "--clinic", clinicId);
        using var channel = GrpcChannel.ForAddress(through.GrpcAddress);
        return (await new TerminalAuth.TerminalAuthClient(channel).GetTerminalTokenAsync(
            new TerminalTokenRequest { TerminalId = run.Field("terminal id"), Secret = run.Field("secret") })).Token;
    }

    /// <summary>Puts a roster specialist on duty, gives them an account and signs them in at <paramref name="through"/>.</summary>
    public async Task<string> SpecialistTokenAsync(string specialistId, ClusterMember through)
    {
        const string password = "correct horse battery staple";
        await AdminAsync("set-duty", "--specialist", specialistId, "--on-duty", "true");
        await AdminAsync("create-user", "--user", specialistId, "--role", "specialist", "--password", password);
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(new Uri(through.WebAddress, "/auth/token"), new { userName = specialistId, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static CallInvoker CallsAs(GrpcChannel channel, string token) => channel.Intercept(metadata =>
    {
        metadata.Add("authorization", $"Bearer {token}");
        return metadata;
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var member in members)
        {
            await member.DisposeAsync();
        }

        await TestServers.DropPostgresDatabaseAsync(database);
        Directory.Delete(folder, recursive: true);
    }

    private string[] SharedSettings =>
    [
        "--Database:Provider=PostgreSQL",
        $"--ConnectionStrings:Triage={new Npgsql.NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = database }}",
        $"--ConnectionStrings:Redis={TestServers.Redis}",
        $"--Auth:SigningKeyFile={Path.Combine(folder, "signing-key")}",
        $"--Attachments:Folder={Path.Combine(folder, "attachments")}",
        "--Logging:LogLevel:Default=Warning",
    ];

    private async Task<CommandLineRun> AdminAsync(params string[] args)
    {
        var run = await GatewayProcess.RunAsync(["admin", .. args, .. SharedSettings]);
        return run.ExitCode == 0 ? run : throw new InvalidOperationException($"admin {args[0]} failed:\n{run.Output}\n{run.Error}");
    }
}
