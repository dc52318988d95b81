using Grpc.Core;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Telemed.Hub.Tests;

/// <summary>The whole conversation over real connections: gRPC terminal, SignalR specialist, one gateway on loopback.</summary>
public sealed class ConsultFlowTests : IAsyncLifetime
{
    private const string Specialist = "SP-TEST-ZHA-ALL";
    private GatewayHost host = null!;

    public async Task InitializeAsync()
    {
        host = await GatewayHost.StartAsync();
        await host.AddSpecialistAsync(Specialist, "KZ-ZHA", Roster.AllSpecialties);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_emergency_reaches_the_specialist_who_claims_talks_and_concludes_and_the_terminal_sees_it_all()
    {
        await using var specialist = await SpecialistClient.ConnectAsync(host, Specialist);
        var report = SampleCases.EmergencyAdult();
        using var watchCancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var submitted = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report });
        var queued = await specialist.NextQueuedAsync(c => c.CaseId == submitted.Result.CaseId);
        using var watch = host.Intake.WatchCase(new WatchCaseRequest { CaseId = report.ClientCaseId }, cancellationToken: watchCancel.Token);

        Assert.Equal(ReferralLevel.Emergency, submitted.Result.ReferralLevel);
        Assert.Equal("EMERGENCY", queued.Level);
        Assert.Equal("OPEN", queued.State);

        var claim = await specialist.InvokeAsync<ClaimOutcome>("Claim", queued.ConsultId);
        Assert.True(claim.Won);

        var fromFeldsher = await host.Teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest
        {
            CaseId = submitted.Result.CaseId,
            Text = "Давление 90/60, пульс 120. Что делать до приезда бригады?",
            ClientMessageId = Guid.NewGuid().ToString(),
        });
        var heard = await specialist.NextEventAsync(n => n.Sequence == fromFeldsher.Sequence);
        Assert.Equal("Message", heard.Kind);
        Assert.Contains("Давление 90/60", heard.EventJson);

        await specialist.InvokeAsync<long>("SendMessage", queued.ConsultId, "Уложите с приподнятыми ногами, кислород 5 л/мин.", Guid.NewGuid().ToString());
        await specialist.InvokeAsync("Conclude", queued.ConsultId, new ConclusionRequest("EMERGENCY", "A41.9", "Sepsis, unspecified", "Evacuate to the regional hospital ICU now"));

        var seen = new List<CaseEvent>();
        while (seen.LastOrDefault()?.EventCase != CaseEvent.EventOneofCase.Concluded && await watch.ResponseStream.MoveNext(watchCancel.Token))
        {
            seen.Add(watch.ResponseStream.Current);
        }

        Assert.Equal(Enumerable.Range(1, seen.Count).Select(i => (long)i), seen.Select(e => e.Sequence));
        Assert.Equal(
            [CaseEvent.EventOneofCase.Triaged, CaseEvent.EventOneofCase.ConsultOpened, CaseEvent.EventOneofCase.ConsultClaimed,
             CaseEvent.EventOneofCase.Message, CaseEvent.EventOneofCase.Message, CaseEvent.EventOneofCase.Concluded],
            seen.Select(e => e.EventCase));
        Assert.Equal(MessageAuthor.Specialist, seen[4].Message.Author);
        Assert.Equal(("A41.9", ReferralLevel.Emergency), (seen[5].Concluded.Icd10Code, seen[5].Concluded.FinalLevel));
    }

    [Fact]
    public async Task A_concluded_consult_is_read_only_for_both_sides()
    {
        await using var specialist = await SpecialistClient.ConnectAsync(host, Specialist);
        var submitted = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });
        var queued = await specialist.NextQueuedAsync(c => c.CaseId == submitted.Result.CaseId);
        await specialist.InvokeAsync<ClaimOutcome>("Claim", queued.ConsultId);
        await specialist.InvokeAsync("Conclude", queued.ConsultId, new ConclusionRequest("URGENT_REFERRAL", "J18.9", "Pneumonia", "Transfer today"));

        var feldsher = await Assert.ThrowsAsync<RpcException>(() => host.Teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest
        {
            CaseId = submitted.Result.CaseId, Text = "One more thing", ClientMessageId = Guid.NewGuid().ToString(),
        }).ResponseAsync);
        var again = await Assert.ThrowsAsync<HubException>(() => specialist.InvokeAsync("Conclude", queued.ConsultId, new ConclusionRequest("EMERGENCY", "A41.9", "Sepsis", "")));

        Assert.Equal(StatusCode.FailedPrecondition, feldsher.StatusCode);
        Assert.Contains("read-only", again.Message);
    }

    [Fact]
    public async Task A_conclusion_without_a_valid_ICD_10_code_or_level_is_refused_with_the_reason()
    {
        await using var specialist = await SpecialistClient.ConnectAsync(host, Specialist);
        var submitted = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });
        var queued = await specialist.NextQueuedAsync(c => c.CaseId == submitted.Result.CaseId);
        await specialist.InvokeAsync<ClaimOutcome>("Claim", queued.ConsultId);

        var error = await Assert.ThrowsAsync<HubException>(() => specialist.InvokeAsync("Conclude", queued.ConsultId, new ConclusionRequest("CRITICAL", "sepsis", "Sepsis", "")));

        Assert.Contains("finalLevel must be one of", error.Message);
        Assert.Contains("icd10Code must be an ICD-10 code", error.Message);
    }

    [Fact]
    public async Task A_new_consult_reaches_the_specialists_queue_once_and_before_the_notices_of_its_events()
    {
        // One connection's pushes arrive in the order sent, so both kinds go into one list.
        var pushed = System.Threading.Channels.Channel.CreateUnbounded<(string CaseId, string What)>();
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.WebAddress, ConsultHub.Path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(host.IssueToken(Specialist, SpecialistRole.Name)))
            .Build();
        connection.On<ConsultSummary>(nameof(IConsultClient.ConsultQueued), c => pushed.Writer.TryWrite((c.CaseId, "queued")));
        connection.On<CaseEventNotice>(nameof(IConsultClient.CaseEvent), n => pushed.Writer.TryWrite((n.CaseId, n.Kind)));
        await connection.StartAsync();

        var first = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;
        var next = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;
        var heard = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        // Everything pushed about the first case comes before the next case's queue entry.
        for (var item = await pushed.Reader.ReadAsync(timeout.Token); item != (next, "queued"); item = await pushed.Reader.ReadAsync(timeout.Token))
        {
            if (item.CaseId == first)
            {
                heard.Add(item.What);
            }
        }

        Assert.Equal(["queued", "Triaged", "ConsultOpened"], heard);
    }

    [Fact]
    public async Task New_vitals_from_the_feldsher_are_triaged_again_and_shown_to_the_specialist()
    {
        await using var specialist = await SpecialistClient.ConnectAsync(host, Specialist);
        var submitted = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });
        await specialist.NextQueuedAsync(c => c.CaseId == submitted.Result.CaseId);

        var better = SampleCases.HealthyAdult().Vitals;
        var result = await host.Teleconsult.UpdateVitalsAsync(new UpdateVitalsRequest
        {
            CaseId = submitted.Result.CaseId, Vitals = better, RecordedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow),
        });
        var notice = await specialist.NextEventAsync(n => n.CaseId == submitted.Result.CaseId && n.Kind == "Retriaged");

        Assert.Equal(0, result.News2.Total);
        Assert.Equal(submitted.Result.CaseId, result.CaseId);
        var retriaged = Google.Protobuf.JsonParser.Default.Parse<CaseEvent>(notice.EventJson).Retriaged;
        Assert.Equal(ReferralLevel.TreatLocally, retriaged.Result.ReferralLevel);
        Assert.Equal(result, retriaged.Result);
    }

    [Fact]
    public async Task A_feldsher_can_ask_for_a_specialist_for_a_case_the_engine_kept_local()
    {
        await using var specialist = await SpecialistClient.ConnectAsync(host, Specialist);
        var submitted = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult() });

        var opened = await host.Teleconsult.RequestConsultAsync(new RequestConsultRequest { CaseId = submitted.Result.CaseId, Reason = "Persistent pain, patient anxious" });
        var again = await host.Teleconsult.RequestConsultAsync(new RequestConsultRequest { CaseId = submitted.Result.CaseId });
        var queued = await specialist.NextQueuedAsync(c => c.CaseId == submitted.Result.CaseId);

        Assert.Equal(ReferralLevel.TreatLocally, submitted.Result.ReferralLevel);
        Assert.Equal(opened.ConsultId, again.ConsultId);
        Assert.Equal(opened.ConsultId, queued.ConsultId);
        Assert.Equal("Persistent pain, patient anxious", opened.Reason);
    }
}
