using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests;

/// <summary>
/// The gateway executable, logging at Debug, carries a whole consult; its console log must name cases by id only,
/// never the patient's reference, complaint, the conversation or the diagnosis.
/// </summary>
public sealed class LogPrivacyTests : IAsyncLifetime
{
    private const string PatientRef = "PATREF-QZX-4471";
    private const string Complaint = "complaint-marker-7Y2: fell from a horse";
    private const string FeldsherMessage = "message-marker-K9P: pulse is weaker";
    private const string SpecialistMessage = "message-marker-H3D: keep him flat";
    private const string Diagnosis = "diagnosis-marker-W5T";
    private const string Plan = "plan-marker-J8R";
    private const string Password = "a long enough passphrase";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("triage-logs-");
    private readonly Uri grpcAddress = new($"http://127.0.0.1:{FreePort.Next()}");
    private readonly Uri webAddress = new($"http://127.0.0.1:{FreePort.Next()}");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_whole_consult_leaves_case_ids_in_the_log_and_no_patient_data()
    {
        string[] data =
        [
            $"--ConnectionStrings:Triage=Data Source={Path.Combine(folder.FullName, "triage.db")}",
            $"--Auth:SigningKeyFile={Path.Combine(folder.FullName, "signing-key")}",
            $"--Attachments:Folder={Path.Combine(folder.FullName, "attachments")}",
        ];
        var terminal = await GatewayProcess.RunAsync(["admin", "enrol-terminal", "--clinic", SampleCases.KnownClinic, .. data]);
        await GatewayProcess.RunAsync(["admin", "create-user", "--user", "SP-ZHA-IM-01", "--role", "specialist", "--password", Password, .. data]);
        await using var gateway = await GatewayProcess.StartAsync(webAddress,
            [$"--Kestrel:Endpoints:Grpc:Url={grpcAddress}", $"--Kestrel:Endpoints:Web:Url={webAddress}", "--Logging:LogLevel:Default=Debug", .. data]);

        var caseId = await RunConsultAsync(terminal.Field("terminal id"), terminal.Field("secret"));
        await gateway.StopAsync();

        var log = gateway.Log;
        Assert.Contains(caseId, log);
        Assert.All([PatientRef, Complaint, FeldsherMessage, SpecialistMessage, Diagnosis, Plan], marker => Assert.DoesNotContain(marker, log));
    }

    /// <summary>Submission, consult messages both ways, updated vitals and a conclusion; returns the case id.</summary>
    private async Task<string> RunConsultAsync(string terminalId, string secret)
    {
        using var channel = GrpcChannel.ForAddress(grpcAddress);
        var token = (await new TerminalAuth.TerminalAuthClient(channel).GetTerminalTokenAsync(new TerminalTokenRequest { TerminalId = terminalId, Secret = secret })).Token;
        var calls = channel.Intercept(m => { m.Add("authorization", $"Bearer {token}"); return m; });
        var submitted = await new Contracts.V1.Intake.IntakeClient(calls).SubmitCaseAsync(new SubmitCaseRequest
        {
            Case = SampleCases.EmergencyAdult(c => (c.Patient.PatientRef, c.Complaint) = (PatientRef, Complaint)),
        });
        var caseId = submitted.Result.CaseId;

        await using var specialist = await ConnectSpecialistAsync();
        var consult = (await specialist.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue")).Single(c => c.CaseId == caseId);
        await specialist.InvokeAsync<ClaimOutcome>("Claim", consult.ConsultId);
        var teleconsult = new Contracts.V1.Teleconsult.TeleconsultClient(calls);
        await teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest { CaseId = caseId, Text = FeldsherMessage, ClientMessageId = Guid.NewGuid().ToString() });
        await teleconsult.UpdateVitalsAsync(new UpdateVitalsRequest
        {
            CaseId = caseId, RecordedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), Vitals = SampleCases.EmergencyAdult().Vitals,
        });
        await specialist.InvokeAsync<long>("SendMessage", consult.ConsultId, SpecialistMessage, Guid.NewGuid().ToString());
        await specialist.InvokeAsync("Conclude", consult.ConsultId, new ConclusionRequest("EMERGENCY", "S06.0", Diagnosis, Plan));
        return caseId;
    }

    private async Task<HubConnection> ConnectSpecialistAsync()
    {
        using var http = new HttpClient();
        var signIn = await (await http.PostAsJsonAsync(new Uri(webAddress, "/auth/token"), new { userName = "SP-ZHA-IM-01", password = Password }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var token = signIn.GetProperty("accessToken").GetString();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(webAddress, "/hubs/consult"), o => o.AccessTokenProvider = () => Task.FromResult(token))
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
