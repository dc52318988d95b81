using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Data;
using Triage.Testing;

namespace Telemed.Hub.Tests;

public sealed class CatchUpAndAccessTests : IAsyncLifetime
{
    private GatewayHost host = null!;

    public async Task InitializeAsync()
    {
        host = await GatewayHost.StartAsync();
        await host.AddSpecialistAsync("SP-ZHA-ALL", "KZ-ZHA", Roster.AllSpecialties);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Specialist_and_terminal_that_drop_mid_conversation_catch_up_with_no_gap_and_no_duplicate()
    {
        var submitted = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });
        var caseId = submitted.Result.CaseId;
        string consultId;
        long specialistLastSeen;
        await using (var specialist = await SpecialistClient.ConnectAsync(host, "SP-ZHA-ALL"))
        {
            consultId = (await specialist.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue")).Single(c => c.CaseId == caseId).ConsultId;
            specialistLastSeen = (await specialist.InvokeAsync<ClaimOutcome>("Claim", consultId)).Won ? 3 : 0;
        }

        long terminalLastSeen;
        using (var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        using (var watch = host.Intake.WatchCase(new WatchCaseRequest { CaseId = caseId }, cancellationToken: cancel.Token))
        {
            var firstTwo = new List<CaseEvent>();
            while (firstTwo.Count < 2 && await watch.ResponseStream.MoveNext(cancel.Token))
            {
                firstTwo.Add(watch.ResponseStream.Current);
            }

            terminalLastSeen = firstTwo[^1].Sequence;
        }

        // While both are away, the conversation goes on from the terminal's side.
        for (var i = 1; i <= 3; i++)
        {
            await host.Teleconsult.SendConsultMessageAsync(new SendConsultMessageRequest { CaseId = caseId, Text = $"update {i}", ClientMessageId = Guid.NewGuid().ToString() });
        }

        await using var back = await SpecialistClient.ConnectAsync(host, "SP-ZHA-ALL");
        var missed = await back.InvokeAsync<IReadOnlyList<CaseEventNotice>>("GetEvents", consultId, specialistLastSeen);
        using var resumeCancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var resumed = host.Intake.WatchCase(new WatchCaseRequest { CaseId = caseId, AfterSequence = terminalLastSeen }, cancellationToken: resumeCancel.Token);
        var terminalMissed = new List<CaseEvent>();
        while (terminalMissed.Count < 4 && await resumed.ResponseStream.MoveNext(resumeCancel.Token))
        {
            terminalMissed.Add(resumed.ResponseStream.Current);
        }

        Assert.Equal([4L, 5L, 6L], missed.Select(n => n.Sequence));
        Assert.All(missed, n => Assert.Equal("Message", n.Kind));
        Assert.Equal([3L, 4L, 5L, 6L], terminalMissed.Select(e => e.Sequence));
        Assert.Equal(["update 1", "update 2", "update 3"], terminalMissed.Skip(1).Select(e => e.Message.Text));
    }

    [Fact]
    public async Task A_retried_message_is_stored_once()
    {
        var caseId = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;
        var message = new SendConsultMessageRequest { CaseId = caseId, Text = "SpO2 now 88", ClientMessageId = Guid.NewGuid().ToString() };

        var first = await host.Teleconsult.SendConsultMessageAsync(message);
        var retry = await host.Teleconsult.SendConsultMessageAsync(message);

        Assert.False(first.Duplicate);
        Assert.True(retry.Duplicate);
        Assert.Equal(first.Sequence, retry.Sequence);
    }

    [Fact]
    public async Task A_specialist_of_another_region_cannot_see_or_claim_the_consult_and_the_attempt_is_audited()
    {
        var caseId = (await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() })).Result.CaseId;
        await using var own = await SpecialistClient.ConnectAsync(host, "SP-ZHA-ALL");
        var consultId = (await own.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue")).Single(c => c.CaseId == caseId).ConsultId;
        await using var stranger = await SpecialistClient.ConnectAsync(host, "SP-TUR-IM-01");

        var queue = await stranger.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue");
        var read = await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<ConsultCaseView>("OpenCase", consultId));
        await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<ClaimOutcome>("Claim", consultId));
        var view = await own.InvokeAsync<ConsultCaseView>("OpenCase", consultId);

        Assert.DoesNotContain(queue, c => c.ConsultId == consultId);
        Assert.Contains("No consult", read.Message);
        Assert.Contains("\"clinicId\": \"KZ-ZHA-KOR-01\"", view.ReportJson);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<TriageDbContext>>().CreateDbContextAsync();
        var audit = await db.AuditEntries.Where(a => a.CaseId == Guid.Parse(caseId)).ToListAsync();
        Assert.Contains(audit, a => a is { Principal: "SP-TUR-IM-01", Action: "consult.read", Allowed: false });
        Assert.Contains(audit, a => a is { Principal: "SP-TUR-IM-01", Action: "consult.claim", Allowed: false });
        Assert.Contains(audit, a => a is { Principal: "SP-ZHA-ALL", Action: "consult.read", Allowed: true });
    }

    [Fact]
    public async Task The_hub_refuses_connections_without_a_specialist_token()
    {
        await using var anonymous = new HubConnectionBuilder().WithUrl(new Uri(host.WebAddress, "/hubs/consult")).Build();

        var noToken = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        var wrongRole = await Assert.ThrowsAsync<HttpRequestException>(() => SpecialistClient.ConnectAsync(host, "SP-ZHA-ALL", role: "admin"));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, wrongRole.StatusCode);
    }
}
