using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Telemed.Hub.Tests.ScaleOut;

/// <summary>Two gateways behave as one: what happens through either is seen through the other.</summary>
[Collection(ScaleOutCollection.Name)]
public sealed class TwoGatewayTests(TwoGateways gateways) : IClassFixture<TwoGateways>
{
    [Fact]
    public async Task A_case_submitted_through_one_reaches_a_specialist_and_a_watcher_on_the_other_and_a_claim_race_has_one_winner()
    {
        await using var onFirst = await SpecialistClient.ConnectAsync(gateways.First.WebAddress, gateways.FirstSpecialistToken, TwoGateways.FirstSpecialist);
        await using var onSecond = await SpecialistClient.ConnectAsync(gateways.Second.WebAddress, gateways.SecondSpecialistToken, TwoGateways.SecondSpecialist);
        var terminalOnSecond = Terminal(gateways.Second);

        var submitted = await terminalOnSecond.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });
        var queuedOnFirst = await onFirst.NextQueuedAsync(c => c.CaseId == submitted.Result.CaseId);
        await onSecond.NextQueuedAsync(c => c.CaseId == submitted.Result.CaseId);

        // A watcher on the first gateway hears of a message committed through the second.
        using var watchCancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var watch = Terminal(gateways.First).Intake.WatchCase(new WatchCaseRequest { CaseId = submitted.Result.CaseId }, cancellationToken: watchCancel.Token);
        Assert.True(await watch.ResponseStream.MoveNext(watchCancel.Token));
        var sent = await terminalOnSecond.Teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest
        {
            CaseId = submitted.Result.CaseId, Text = "BP now 85/50", ClientMessageId = Guid.NewGuid().ToString(),
        });
        while (watch.ResponseStream.Current.Sequence < sent.Sequence)
        {
            Assert.True(await watch.ResponseStream.MoveNext(watchCancel.Token));
        }

        Assert.Equal("BP now 85/50", watch.ResponseStream.Current.Message.Text);

        var claims = await Task.WhenAll(
            onFirst.InvokeAsync<ClaimOutcome>("Claim", queuedOnFirst.ConsultId),
            onSecond.InvokeAsync<ClaimOutcome>("Claim", queuedOnFirst.ConsultId));

        Assert.Single(claims, c => c.Won);
        Assert.Single(claims.Select(c => c.ClaimedBy).Distinct());
    }

    [Fact]
    public async Task Call_signals_cross_between_a_specialist_on_one_gateway_and_the_terminal_on_the_other()
    {
        var terminal = Terminal(gateways.Second);
        var submitted = await terminal.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });
        await using var onFirst = await SpecialistClient.ConnectAsync(gateways.First.WebAddress, gateways.FirstSpecialistToken, TwoGateways.FirstSpecialist);
        var consultId = (await onFirst.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue")).Single(c => c.CaseId == submitted.Result.CaseId).ConsultId;
        Assert.True((await onFirst.InvokeAsync<ClaimOutcome>("Claim", consultId)).Won);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var signals = terminal.Teleconsult.WatchCallSignals(new WatchCallSignalsRequest { CaseId = submitted.Result.CaseId }, cancellationToken: cancel.Token);
        await signals.ResponseHeadersAsync;

        var call = await terminal.Teleconsult.StartCallAsync(new StartCallRequest { CaseId = submitted.Result.CaseId });
        await terminal.Teleconsult.SendCallSignalAsync(new CallSignal { CaseId = submitted.Result.CaseId, CallId = call.CallId, Kind = CallSignalKind.Offer, Payload = "{\"type\":\"offer\"}" });
        var offer = await onFirst.NextCallSignalAsync(n => n.CallId == call.CallId);
        await onFirst.InvokeAsync("SendCallSignal", consultId, call.CallId, "ANSWER", "{\"type\":\"answer\"}");
        Assert.True(await signals.ResponseStream.MoveNext(cancel.Token));

        Assert.Equal("OFFER", offer.Kind);
        Assert.Equal((CallSignalKind.Answer, call.CallId), (signals.ResponseStream.Current.Kind, signals.ResponseStream.Current.CallId));
    }

    [Fact]
    public async Task When_the_specialist_s_gateway_dies_mid_consult_the_conversation_goes_on_through_the_other_with_nothing_lost()
    {
        var terminal = Terminal(gateways.Second);
        var submitted = await terminal.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });
        string consultId;
        await using (var onFirst = await SpecialistClient.ConnectAsync(gateways.First.WebAddress, gateways.FirstSpecialistToken, TwoGateways.FirstSpecialist))
        {
            consultId = (await onFirst.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue")).Single(c => c.CaseId == submitted.Result.CaseId).ConsultId;
            Assert.True((await onFirst.InvokeAsync<ClaimOutcome>("Claim", consultId)).Won);
            var asked = await SendFromClinicAsync(terminal, submitted, "Pulse 130, still confused");
            await onFirst.NextEventAsync(n => n.Sequence == asked);
            await onFirst.InvokeAsync<long>("SendMessage", consultId, "Oxygen 5 L/min, lie flat, legs up", Guid.NewGuid().ToString());

            await gateways.First.KillAsync();
        }

        try
        {
            await ContinueOnSecondAsync(terminal, submitted, consultId);
        }
        finally
        {
            await gateways.Cluster.RestartAsync(gateways.First);
        }
    }

    private async Task ContinueOnSecondAsync(
        (Intake.IntakeClient Intake, Teleconsult.TeleconsultClient Teleconsult) terminal, SubmitCaseResponse submitted, string consultId)
    {
        await using var onSecond = await SpecialistClient.ConnectAsync(gateways.Second.WebAddress, gateways.FirstSpecialistToken, TwoGateways.FirstSpecialist);
        var before = await onSecond.InvokeAsync<IReadOnlyList<CaseEventNotice>>("GetEvents", consultId, 0L);
        Assert.Equal(2, before.Count(n => n.Kind == "Message"));
        var followUp = await SendFromClinicAsync(terminal, submitted, "SpO2 now 94 %");
        await onSecond.NextEventAsync(n => n.Sequence == followUp);
        await onSecond.InvokeAsync("Conclude", consultId, new ConclusionRequest("EMERGENCY", "A41.9", "Sepsis, unspecified", "Evacuate now"));

        using var watchCancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var watch = terminal.Intake.WatchCase(new WatchCaseRequest { CaseId = submitted.Result.CaseId }, cancellationToken: watchCancel.Token);
        var seen = new List<CaseEvent>();
        while (seen.LastOrDefault()?.EventCase != CaseEvent.EventOneofCase.Concluded && await watch.ResponseStream.MoveNext(watchCancel.Token))
        {
            seen.Add(watch.ResponseStream.Current);
        }

        Assert.Equal(Enumerable.Range(1, seen.Count).Select(i => (long)i), seen.Select(e => e.Sequence));
        Assert.Equal(
            ["Pulse 130, still confused", "Oxygen 5 L/min, lie flat, legs up", "SpO2 now 94 %"],
            seen.Where(e => e.EventCase == CaseEvent.EventOneofCase.Message).Select(e => e.Message.Text));
    }

    private (Intake.IntakeClient Intake, Teleconsult.TeleconsultClient Teleconsult) Terminal(ClusterMember member)
    {
        var calls = GatewayCluster.CallsAs(member.Channel, gateways.TerminalToken);
        return (new Intake.IntakeClient(calls), new Teleconsult.TeleconsultClient(calls));
    }

    private static async Task<long> SendFromClinicAsync(
        (Intake.IntakeClient Intake, Teleconsult.TeleconsultClient Teleconsult) terminal, SubmitCaseResponse submitted, string text) =>
        (await terminal.Teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest
        {
            CaseId = submitted.Result.CaseId, Text = text, ClientMessageId = Guid.NewGuid().ToString(),
        })).Sequence;
}
