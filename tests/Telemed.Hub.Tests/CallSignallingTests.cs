using Grpc.Core;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telemed.Hub.Calls;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Data;
using Triage.Testing;

namespace Telemed.Hub.Tests;

/// <summary>
/// Calls on a consult through the real gateway: the specialist on the hub, the clinic's terminal on Teleconsult. Only
/// the two parties may signal; the call's start and end are stored as case events and audited, signals are not.
/// </summary>
public sealed class CallSignallingTests : IAsyncLifetime
{
    private const string Holder = "SP-ZHA-ALL";
    private const string Colleague = "SP-ZHA-COLLEAGUE";
    private const string TurnSecret = "north-kazakhstan-turn-secret";

    private GatewayHost host = null!;

    public async Task InitializeAsync()
    {
        host = await GatewayHost.StartAsync(
            "--Calls:StunUrls:0=stun:turn.example.kz:3478",
            "--Calls:TurnUrls:0=turn:turn.example.kz:3478?transport=udp",
            "--Calls:TurnUrls:1=turns:turn.example.kz:5349?transport=tcp",
            $"--Calls:TurnSecret={TurnSecret}",
            "--Calls:CredentialLifetime=00:10:00");
        await host.AddSpecialistAsync(Holder, "KZ-ZHA", Roster.AllSpecialties);
        await host.AddSpecialistAsync(Colleague, "KZ-ZHA", Roster.AllSpecialties);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_specialist_rings_the_terminal_through_a_stored_event_signals_pass_both_ways_unstored_and_hang_up_is_stored_once()
    {
        var (caseId, consultId, specialist) = await ClaimedAsync();
        await using var connection = specialist;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var watch = host.Intake.WatchCase(new WatchCaseRequest { CaseId = caseId }, cancellationToken: cancel.Token);

        var ticket = await specialist.InvokeAsync<CallTicket>("StartCall", consultId);
        var ring = await NextAsync(watch, e => e.CallStarted is not null, cancel.Token);
        using var signals = host.Teleconsult.WatchCallSignals(new WatchCallSignalsRequest { CaseId = caseId }, cancellationToken: cancel.Token);
        await signals.ResponseHeadersAsync;
        var joined = await host.Teleconsult.JoinCallAsync(new JoinCallRequest { CaseId = caseId, CallId = ticket.CallId });
        await host.Teleconsult.SendCallSignalAsync(new CallSignal { CaseId = caseId, CallId = ticket.CallId, Kind = CallSignalKind.Offer, Payload = "{\"type\":\"offer\",\"sdp\":\"v=0\"}" });
        var offer = await specialist.NextCallSignalAsync(s => s.Kind == "OFFER");
        await specialist.InvokeAsync("SendCallSignal", consultId, ticket.CallId, "ANSWER", "{\"type\":\"answer\",\"sdp\":\"v=0\"}");
        Assert.True(await signals.ResponseStream.MoveNext(cancel.Token));
        var answer = signals.ResponseStream.Current;
        var ended = await host.Teleconsult.EndCallAsync(new EndCallRequest { CaseId = caseId, CallId = ticket.CallId });
        var endedAgain = await specialist.InvokeAsync<CallEndedView>("EndCall", consultId, ticket.CallId);
        var hungUp = await NextAsync(watch, e => e.CallEnded is not null, cancel.Token);

        Assert.Equal(new CallStarted { ConsultId = consultId, CallId = ticket.CallId, StartedBy = MessageAuthor.Specialist, StarterId = Holder, StarterName = $"Dr {Holder}" }, ring.CallStarted);
        Assert.Equal(ticket.CallId, joined.CallId);
        Assert.Equal(new CallSignalNotice(consultId, ticket.CallId, "OFFER", "{\"type\":\"offer\",\"sdp\":\"v=0\"}"), offer);
        Assert.Equal((CallSignalKind.Answer, MessageAuthor.Specialist, "{\"type\":\"answer\",\"sdp\":\"v=0\"}"), (answer.Kind, answer.Sender, answer.Payload));
        Assert.Equal((MessageAuthor.Feldsher, SampleCases.KnownClinic, "hung up"), (ended.EndedBy, ended.EnderId, ended.Reason));
        Assert.Equal(ended.CallId, endedAgain.CallId);
        Assert.Equal(ring.Sequence + 1, hungUp.Sequence);
        var stored = await specialist.InvokeAsync<IReadOnlyList<CaseEventNotice>>("GetEvents", consultId, 0);
        Assert.Equal(["CallStarted", "CallEnded"], stored.Select(n => n.Kind).TakeLast(2));
        Assert.Equal(hungUp.Sequence, stored.Count);
        var audit = await AuditAsync(caseId);
        Assert.Contains(audit, a => a is { Principal: Holder, Action: "call.start", Allowed: true });
        Assert.Contains(audit, a => a is { Action: "call.join", Allowed: true } && a.Principal == host.TerminalId);
        Assert.Contains(audit, a => a is { Action: "call.end", Allowed: true } && a.Principal == host.TerminalId);
    }

    [Fact]
    public async Task A_colleague_who_sees_the_consult_and_another_clinic_s_terminal_are_refused_every_call_step_and_audited()
    {
        var (caseId, consultId, holder) = await ClaimedAsync();
        await using var connection = holder;
        var ticket = await holder.InvokeAsync<CallTicket>("StartCall", consultId);
        await using var colleague = await SpecialistClient.ConnectAsync(host, Colleague);
        var otherClinic = new Teleconsult.TeleconsultClient(host.CallsAs(await host.EnrolTerminalAsync("KZ-ZHA-KOR-02")));

        Assert.Contains(await colleague.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue"), c => c.ConsultId == consultId);
        await Assert.ThrowsAsync<HubException>(() => colleague.InvokeAsync<CallTicket>("StartCall", consultId));
        await Assert.ThrowsAsync<HubException>(() => colleague.InvokeAsync<CallTicket>("JoinCall", consultId, ticket.CallId));
        await Assert.ThrowsAsync<HubException>(() => colleague.InvokeAsync("SendCallSignal", consultId, ticket.CallId, "OFFER", "{}"));
        await Assert.ThrowsAsync<HubException>(() => colleague.InvokeAsync<CallEndedView>("EndCall", consultId, ticket.CallId));
        var foreignSignal = await Assert.ThrowsAsync<RpcException>(() => otherClinic.SendCallSignalAsync(
            new CallSignal { CaseId = caseId, CallId = ticket.CallId, Kind = CallSignalKind.Offer, Payload = "{}" }).ResponseAsync);
        var foreignJoin = await Assert.ThrowsAsync<RpcException>(() => otherClinic.JoinCallAsync(new JoinCallRequest { CaseId = caseId, CallId = ticket.CallId }).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, foreignSignal.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, foreignJoin.StatusCode);
        var audit = await AuditAsync(caseId);
        foreach (var action in new[] { "call.start", "call.join", "call.signal", "call.end" })
        {
            Assert.Contains(audit, a => a.Principal == Colleague && a.Action == action && !a.Allowed);
        }

        Assert.Contains(audit, a => a is { Action: "call.signal", Allowed: false } && a.Principal != Colleague);
        // The call the colleague tried to end is still going on.
        var stillThere = await host.Teleconsult.JoinCallAsync(new JoinCallRequest { CaseId = caseId, CallId = ticket.CallId });
        Assert.Equal(ticket.CallId, stillThere.CallId);
    }

    [Fact]
    public async Task Before_a_specialist_holds_the_consult_the_terminal_cannot_call_and_is_told_why()
    {
        var caseId = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Teleconsult.StartCallAsync(new StartCallRequest { CaseId = caseId }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("No specialist holds this consult yet", refused.Status.Detail);
    }

    [Fact]
    public async Task Each_side_gets_the_stun_server_and_a_turn_credential_for_this_call_that_expires_with_the_configured_lifetime()
    {
        var (caseId, _, holder) = await ClaimedAsync();
        await using var connection = holder;
        var before = DateTimeOffset.UtcNow;

        var setup = await host.Teleconsult.StartCallAsync(new StartCallRequest { CaseId = caseId });

        Assert.Equal(["stun:turn.example.kz:3478"], setup.IceServers[0].Urls);
        Assert.Equal("", setup.IceServers[0].Username);
        var turn = setup.IceServers[1];
        Assert.Equal(["turn:turn.example.kz:3478?transport=udp", "turns:turn.example.kz:5349?transport=tcp"], turn.Urls);
        var expiry = long.Parse(turn.Username.Split(':')[0]);
        Assert.Equal(setup.CallId, turn.Username.Split(':')[1]);
        Assert.InRange(expiry, before.AddMinutes(10).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds());
        Assert.Equal(IceServerIssuer.TurnCredential(TurnSecret, turn.Username), turn.Credential);
        Assert.False(setup.RelayOnly);
    }

    private async Task<(string CaseId, string ConsultId, SpecialistClient Holder)> ClaimedAsync()
    {
        var caseId = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;
        var specialist = await SpecialistClient.ConnectAsync(host, Holder);
        var consultId = (await specialist.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue")).Single(c => c.CaseId == caseId).ConsultId;
        Assert.True((await specialist.InvokeAsync<ClaimOutcome>("Claim", consultId)).Won);
        return (caseId, consultId, specialist);
    }

    private async Task<List<Triage.Data.Audit.AuditEntry>> AuditAsync(string caseId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<TriageDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.Where(a => a.CaseId == Guid.Parse(caseId)).ToListAsync();
    }

    private static async Task<CaseEvent> NextAsync(AsyncServerStreamingCall<CaseEvent> watch, Func<CaseEvent, bool> match, CancellationToken cancellationToken)
    {
        while (await watch.ResponseStream.MoveNext(cancellationToken))
        {
            if (match(watch.ResponseStream.Current))
            {
                return watch.ResponseStream.Current;
            }
        }

        throw new InvalidOperationException("The watch ended before the event came.");
    }
}
