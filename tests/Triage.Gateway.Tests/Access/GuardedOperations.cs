using System.Net.Http.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests.Access;

/// <summary>Every gRPC method, hub method and HTTP endpoint that touches patient data or administration, and who may use it.</summary>
public static class GuardedOperations
{
    private static readonly HashSet<Caller> ClinicTerminal = [Caller.FeldsherOfClinicA];
    private static readonly HashSet<Caller> CaseReaders = [Caller.FeldsherOfClinicA, Caller.SpecialistOfRegionX, Caller.Admin];
    private static readonly HashSet<Caller> ConsultSpecialist = [Caller.SpecialistOfRegionX];
    private static readonly HashSet<Caller> Administrator = [Caller.Admin];
    private static readonly HashSet<Caller> Everyone = [.. System.Enum.GetValues<Caller>()];

    public static readonly IReadOnlyList<GuardedOperation> All =
    [
        Grpc("Reports/GetTriageReport", Administrator, (calls, _) =>
            new Contracts.V1.Reports.ReportsClient(calls).GetTriageReportAsync(new TriageReportRequest()).ResponseAsync),
        Grpc("Intake/SubmitCase", ClinicTerminal, (calls, _) =>
            new Contracts.V1.Intake.IntakeClient(calls).SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult() }).ResponseAsync),
        Grpc("Intake/SyncCases", ClinicTerminal, (calls, _) => SyncOneAsync(calls)),
        Grpc("Intake/GetCase", CaseReaders, (calls, scene) =>
            new Contracts.V1.Intake.IntakeClient(calls).GetCaseAsync(new GetCaseRequest { CaseId = scene.CaseId }).ResponseAsync),
        Grpc("Intake/WatchCase", CaseReaders, (calls, scene) => WatchFirstEventAsync(calls, scene)),
        Grpc("Teleconsult/RequestConsult", ClinicTerminal, (calls, scene) =>
            new Contracts.V1.Teleconsult.TeleconsultClient(calls).RequestConsultAsync(new RequestConsultRequest { CaseId = scene.CaseId, Reason = "Second opinion" }).ResponseAsync),
        Grpc("Teleconsult/SendConsultMessage", ClinicTerminal, (calls, scene) =>
            new Contracts.V1.Teleconsult.TeleconsultClient(calls).SendConsultMessageAsync(new SendConsultMessageRequest
            {
                CaseId = scene.CaseId, Text = "BP now 85/50", ClientMessageId = Guid.NewGuid().ToString(),
            }).ResponseAsync),
        Grpc("Teleconsult/UpdateVitals", ClinicTerminal, (calls, scene) =>
            new Contracts.V1.Teleconsult.TeleconsultClient(calls).UpdateVitalsAsync(new UpdateVitalsRequest
            {
                CaseId = scene.CaseId, RecordedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), Vitals = SampleCases.HealthyAdult().Vitals,
            }).ResponseAsync),
        Grpc("Teleconsult/UploadAttachment", ClinicTerminal, (calls, scene) => AccessWorld.UploadAsync(calls, scene.CaseId, Guid.NewGuid().ToString())),
        Grpc("Teleconsult/GetUploadOffset", ClinicTerminal, (calls, scene) =>
            new Contracts.V1.Teleconsult.TeleconsultClient(calls).GetUploadOffsetAsync(new GetUploadOffsetRequest { AttachmentId = scene.AttachmentId }).ResponseAsync),

        new("hub/GetQueue", ConsultSpecialist, (world, scene, token) => world.OnHubAsync(token, async hub =>
        {
            var queue = await hub.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue");
            if (queue.All(c => c.ConsultId != scene.ConsultId))
            {
                throw new HubException("The consult is not in this caller's queue.");
            }
        }), HidesInsteadOfRefusing: true),
        Hub("hub/OpenCase", (hub, scene) => hub.InvokeAsync<ConsultCaseView>("OpenCase", scene.ConsultId)),
        Hub("hub/GetEvents", (hub, scene) => hub.InvokeAsync<IReadOnlyList<CaseEventNotice>>("GetEvents", scene.ConsultId, 0L)),
        Hub("hub/Claim", (hub, scene) => hub.InvokeAsync<ClaimOutcome>("Claim", scene.ConsultId)),
        Hub("hub/SendMessage", (hub, scene) => hub.InvokeAsync<long>("SendMessage", scene.ConsultId, "Raise the legs, oxygen 5 L/min", Guid.NewGuid().ToString())),
        ClaimedByX("hub/Release", (hub, scene) => hub.InvokeAsync("Release", scene.ConsultId)),
        ClaimedByX("hub/Transfer", (hub, scene) => hub.InvokeAsync("Transfer", scene.ConsultId, AccessWorld.SpecialistX2)),
        ClaimedByX("hub/Conclude", (hub, scene) =>
            hub.InvokeAsync("Conclude", scene.ConsultId, new ConclusionRequest("EMERGENCY", "R57.9", "Shock, unspecified", "Evacuate now"))),

        new("GET /attachments/{id}", ConsultSpecialist, (world, scene, token) => world.HttpAsync(token, HttpMethod.Get, $"/attachments/{scene.AttachmentId}")),
        new("GET /fhir/Bundle/{id}", CaseReaders, (world, scene, token) => world.HttpAsync(token, HttpMethod.Get, $"/fhir/Bundle/{scene.CaseId}")),
        new("GET /admin/specialists", Administrator, (world, _, token) => world.HttpAsync(token, HttpMethod.Get, "/admin/specialists")),
        new("PUT /admin/specialists/{id}/duty", Administrator, (world, _, token) =>
            world.HttpAsync(token, HttpMethod.Put, $"/admin/specialists/{AccessWorld.SpecialistX2}/duty", JsonContent.Create(new { onDuty = true }))),
        new("GET /admin/audit", Administrator, (world, scene, token) => world.HttpAsync(token, HttpMethod.Get, $"/admin/audit?caseId={scene.CaseId}")),
        new("GET /admin/reports", Administrator, (world, _, token) => world.HttpAsync(token, HttpMethod.Get, "/admin/reports?format=csv")),
        new("GET /admin/reports/charts/{name}.png", Administrator, (world, _, token) => world.HttpAsync(token, HttpMethod.Get, "/admin/reports/charts/roc.png")),
        new("GET /admin/reports/filters", Administrator, (world, _, token) => world.HttpAsync(token, HttpMethod.Get, "/admin/reports/filters")),
        new("GET /health", Everyone, (world, _, token) => world.HttpAsync(token, HttpMethod.Get, "/health")),
    ];

    public static GuardedOperation Named(string name) => All.Single(o => o.Name == name);

    private static GuardedOperation Grpc(string name, IReadOnlySet<Caller> allowed, Func<CallInvoker, AccessScene, Task> call) =>
        new(name, allowed, (world, scene, token) => AccessWorld.GrpcAsync(() => call(world.Host.CallsAs(token), scene)));

    private static GuardedOperation Hub(string name, Func<HubConnection, AccessScene, Task> call) =>
        new(name, ConsultSpecialist, (world, scene, token) => world.OnHubAsync(token, hub => call(hub, scene)));

    /// <summary>Release, transfer and conclusion act on a consult someone holds: specialist X claims it first.</summary>
    private static GuardedOperation ClaimedByX(string name, Func<HubConnection, AccessScene, Task> call) =>
        new(name, ConsultSpecialist, async (world, scene, token) =>
        {
            await world.ClaimAsSpecialistXAsync(scene);
            return await world.OnHubAsync(token, hub => call(hub, scene));
        });

    /// <summary>A sync refuses per case, so a refusal in the acknowledgement counts as the call's own.</summary>
    private static async Task SyncOneAsync(CallInvoker calls)
    {
        using var sync = new Contracts.V1.Intake.IntakeClient(calls).SyncCases();
        await sync.RequestStream.WriteAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult() });
        await sync.RequestStream.CompleteAsync();
        var ack = await sync.ResponseStream.ReadAllAsync().SingleAsync();
        if (!ack.Accepted)
        {
            throw new RpcException(new Status(ack.ErrorCode == "PERMISSION_DENIED" ? StatusCode.PermissionDenied : StatusCode.Unknown, ack.Error));
        }
    }

    private static async Task WatchFirstEventAsync(CallInvoker calls, AccessScene scene)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var watch = new Contracts.V1.Intake.IntakeClient(calls).WatchCase(new WatchCaseRequest { CaseId = scene.CaseId }, cancellationToken: timeout.Token);
        if (!await watch.ResponseStream.MoveNext(timeout.Token))
        {
            throw new InvalidOperationException("A stored case has at least its triage event.");
        }
    }
}
