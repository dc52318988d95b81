using Microsoft.AspNetCore.SignalR;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Telemed.Hub.Tests;

public sealed class ClaimAndQueueTests : IAsyncLifetime
{
    private GatewayHost host = null!;

    public async Task InitializeAsync() => host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Ten_specialists_racing_to_claim_one_consult_exactly_one_wins_and_the_others_learn_who()
    {
        var ids = Enumerable.Range(1, 10).Select(i => $"SP-RACE-{i:00}").ToList();
        foreach (var id in ids)
        {
            await host.AddSpecialistAsync(id, "KZ-ZHA", Roster.AllSpecialties);
        }

        var clients = await Task.WhenAll(ids.Select(id => SpecialistClient.ConnectAsync(host, id)));
        try
        {
            var submitted = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });
            var consultId = (await clients[0].NextQueuedAsync(c => c.CaseId == submitted.Result.CaseId)).ConsultId;

            var outcomes = await Task.WhenAll(clients.Select(c => c.InvokeAsync<ClaimOutcome>("Claim", consultId)));

            var winner = Assert.Single(outcomes, o => o.Won);
            Assert.All(outcomes, o => Assert.Equal(winner.ClaimedBy, o.ClaimedBy));
            Assert.Contains(winner.ClaimedBy, ids);
            var claimedEvents = await clients[5].InvokeAsync<IReadOnlyList<CaseEventNotice>>("GetEvents", consultId, 0L);
            Assert.Single(claimedEvents, e => e.Kind == "ConsultClaimed");
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_queue_shows_emergencies_first_then_the_longest_waiting()
    {
        await host.AddSpecialistAsync("SP-QUEUE", "KZ-ZHA", Roster.AllSpecialties);
        await using var specialist = await SpecialistClient.ConnectAsync(host, "SP-QUEUE");
        var urgentEarly = await Submit(SampleCases.HealthyAdult(c => c.Vitals.RespiratoryRate = 8));
        var emergencyLate = await Submit(SampleCases.EmergencyAdult());
        var urgentLate = await Submit(SampleCases.HealthyAdult(c => c.Vitals.HeartRate = 131));

        var queue = await specialist.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue");

        Assert.Equal([emergencyLate, urgentEarly, urgentLate], queue.Select(c => c.CaseId));
        Assert.Equal(["EMERGENCY", "URGENT_REFERRAL", "URGENT_REFERRAL"], queue.Select(c => c.Level));
    }

    [Fact]
    public async Task A_specialist_can_release_a_claim_or_transfer_it_but_not_take_over_someone_elses()
    {
        await host.AddSpecialistAsync("SP-A", "KZ-ZHA", Roster.AllSpecialties);
        await host.AddSpecialistAsync("SP-B", "KZ-ZHA", Roster.AllSpecialties);
        await using var a = await SpecialistClient.ConnectAsync(host, "SP-A");
        await using var b = await SpecialistClient.ConnectAsync(host, "SP-B");
        var caseId = await Submit(SampleCases.EmergencyAdult());
        var consultId = (await a.NextQueuedAsync(c => c.CaseId == caseId)).ConsultId;

        await a.InvokeAsync<ClaimOutcome>("Claim", consultId);
        await Assert.ThrowsAsync<HubException>(() => b.InvokeAsync("Release", consultId));
        await a.InvokeAsync("Transfer", consultId, "SP-B");
        var transferred = await b.NextQueuedAsync(c => c.ConsultId == consultId && c.ClaimedBy == "SP-B");
        await b.InvokeAsync("Release", consultId);
        var reopened = await a.NextQueuedAsync(c => c.ConsultId == consultId && c.State == "OPEN");

        Assert.Equal("CLAIMED", transferred.State);
        Assert.Null(reopened.ClaimedBy);
    }

    private async Task<string> Submit(CaseReport report) =>
        (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report })).Result.CaseId;
}
