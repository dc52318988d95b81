using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Triage.Contracts.V1;
using Triage.Data.Consults;
using Triage.Gateway.Auth;
using Triage.Testing;

namespace Triage.Gateway.Tests.Access;

/// <summary>
/// One real gateway on loopback with a principal of every kind: terminals of two clinics of the Zhambyl region,
/// specialists of Zhambyl (X) and of neighbouring Almaty (Y) who cover every specialty, an administrator, and
/// three callers the gateway must not know: no token, an expired one, one signed with another key.
/// </summary>
public sealed class AccessWorld : IAsyncLifetime
{
    public const string ClinicB = "KZ-ZHA-MER-01";
    public const string SpecialistX = "SP-ZHA-ACCESS-X";
    public const string SpecialistY = "SP-ALM-ACCESS-Y";
    public const string SpecialistX2 = "SP-ZHA-ACCESS-X2";

    private readonly Dictionary<Caller, string> tokens = [];
    private readonly HttpClient http = new();
    private GatewayHost? host;

    public GatewayHost Host => host ?? throw new InvalidOperationException("Not started.");

    public string TokenOf(Caller caller) => tokens[caller];

    public async Task InitializeAsync()
    {
        // The matrix makes hundreds of calls a second as one terminal; the limiter has tests of its own.
        host = await GatewayHost.StartAsync("--RateLimits:PermitsPerSecond=100000", "--RateLimits:Burst=100000");
        await host.AddSpecialistAsync(SpecialistX, "KZ-ZHA", Roster.AllSpecialties);
        await host.AddSpecialistAsync(SpecialistX2, "KZ-ZHA", Roster.AllSpecialties);
        await host.AddSpecialistAsync(SpecialistY, "KZ-ALM", Roster.AllSpecialties);

        var key = host.Services.GetRequiredService<SymmetricSecurityKey>();
        var options = host.Services.GetRequiredService<IOptions<AuthOptions>>();
        Claim[] clinicA = [new(TriageClaims.Clinic, SampleCases.KnownClinic)];
        tokens[Caller.Anonymous] = "";
        tokens[Caller.ExpiredToken] = new TokenIssuer(key, options, new ShiftedClock(TimeSpan.FromHours(-9)))
            .Issue(host.TerminalId, [FeldsherRole.Name], host.TerminalId, clinicA, TimeSpan.FromMinutes(15)).Token;
        tokens[Caller.WrongSignatureToken] = new TokenIssuer(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), options, TimeProvider.System)
            .Issue(host.TerminalId, [FeldsherRole.Name], host.TerminalId, clinicA).Token;
        tokens[Caller.FeldsherOfClinicA] = host.TerminalToken;
        tokens[Caller.FeldsherOfClinicB] = await host.EnrolTerminalAsync(ClinicB);
        tokens[Caller.SpecialistOfRegionX] = host.IssueToken(SpecialistX, "specialist");
        tokens[Caller.SpecialistOfRegionY] = host.IssueToken(SpecialistY, "specialist");
        tokens[Caller.Admin] = host.IssueToken("ADMIN-ALL-REGIONS", "admin");
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>An emergency of clinic A, submitted by its terminal, with the consult it opened and a photo attached.</summary>
    public async Task<AccessScene> NewSceneAsync()
    {
        var caseId = (await Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;
        var consult = await Host.Services.GetRequiredService<ConsultStore>().FindByCaseAsync(Guid.Parse(caseId), CancellationToken.None)
            ?? throw new InvalidOperationException("An emergency opens a consult by itself.");
        var attachmentId = Guid.NewGuid().ToString();
        await UploadAsync(Host.TerminalCalls, caseId, attachmentId);
        return new AccessScene(caseId, consult.Id.ToString(), attachmentId);
    }

    public static async Task UploadAsync(CallInvoker calls, string caseId, string attachmentId)
    {
        using var upload = new Contracts.V1.Teleconsult.TeleconsultClient(calls).UploadAttachment();
        await upload.RequestStream.WriteAsync(new AttachmentChunk
        {
            AttachmentId = attachmentId, CaseId = caseId, FileName = "wound.jpg", ContentType = "image/jpeg",
            TotalSize = 4, Offset = 0, Data = ByteString.CopyFrom(1, 2, 3, 4),
        });
        await upload.RequestStream.CompleteAsync();
        await upload.ResponseAsync;
    }

    /// <summary>Puts the consult in specialist X's hands, as happens before a release, transfer or conclusion.</summary>
    public Task ClaimAsSpecialistXAsync(AccessScene scene) =>
        OnHubAsync(TokenOf(Caller.SpecialistOfRegionX), hub => hub.InvokeAsync<Telemed.Hub.Consults.ClaimOutcome>("Claim", scene.ConsultId));

    public static async Task<Access> GrpcAsync(Func<Task> call)
    {
        try
        {
            await call();
            return Access.Allowed;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unauthenticated)
        {
            return Access.Unauthenticated;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.PermissionDenied)
        {
            return Access.Refused;
        }
    }

    /// <summary>Connects to the consult hub as the token's holder and runs <paramref name="work"/>; a refused call is a <see cref="HubException"/>.</summary>
    public async Task<Access> OnHubAsync(string token, Func<HubConnection, Task> work)
    {
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Host.WebAddress, "/hubs/consult"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token == "" ? null : token))
            .Build();
        try
        {
            await connection.StartAsync();
            await work(connection);
            return Access.Allowed;
        }
        catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
        {
            return Access.Unauthenticated;
        }
        catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Forbidden)
        {
            return Access.Refused;
        }
        catch (HubException)
        {
            return Access.Refused;
        }
    }

    /// <summary>A call on the web endpoint; a hidden resource (404) counts as refused, since it exists.</summary>
    public async Task<Access> HttpAsync(string token, HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(Host.WebAddress, path)) { Content = content };
        if (token != "")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Access.Unauthenticated,
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => Access.Refused,
            _ when response.IsSuccessStatusCode => Access.Allowed,
            var other => throw new InvalidOperationException($"{method} {path} answered {(int)other}: {await response.Content.ReadAsStringAsync()}"),
        };
    }

    /// <summary>Refusals in the audit log, read from the file as an auditor would.</summary>
    public async Task<long> RefusalsAuditedAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Host.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"AuditLog\" WHERE \"Allowed\" = 0";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
