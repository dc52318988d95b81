using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Data;
using Triage.Testing;

namespace Telemed.Hub.Tests;

public sealed class EscalationTests : IAsyncLifetime
{
    private GatewayHost host = null!;

    public async Task InitializeAsync() => host = await GatewayHost.StartAsync(
        "--Escalation:EmergencyAfter=00:00:01", "--Escalation:UrgentAfter=00:00:30", "--Escalation:ScanInterval=00:00:00.200");

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_unclaimed_emergency_is_escalated_to_every_specialist_of_the_region_and_its_neighbours_and_recorded()
    {
        await host.AddSpecialistAsync("SP-ZHA-EYES", "KZ-ZHA", [(int)Specialty.Ophthalmology]);
        await using var neighbour = await SpecialistClient.ConnectAsync(host, "SP-ALM-IM-01");
        await using var otherSpecialty = await SpecialistClient.ConnectAsync(host, "SP-ZHA-EYES");

        var submitted = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });
        var queuedBefore = await neighbour.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue");
        var escalated = await neighbour.NextQueuedAsync(c => c.CaseId == submitted.Result.CaseId && c.Escalated);
        var alsoTold = await otherSpecialty.NextEventAsync(n => n.CaseId == submitted.Result.CaseId && n.Kind == "ConsultEscalated");
        var claim = await neighbour.InvokeAsync<ClaimOutcome>("Claim", escalated.ConsultId);

        Assert.DoesNotContain(queuedBefore, c => c.CaseId == submitted.Result.CaseId);
        Assert.True(claim.Won);
        Assert.Contains("KZ-ALM", alsoTold.EventJson);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<TriageDbContext>>().CreateDbContextAsync();
        var stored = await db.ConsultEscalations.SingleAsync();
        Assert.Equal((int)ReferralLevel.Emergency, stored.Level);
        Assert.Equal("KZ-ZHA,KZ-ALM,KZ-TUR", stored.RegionIds);
    }

    [Fact]
    public async Task An_urgent_consult_is_not_escalated_before_its_own_longer_time()
    {
        await using var neighbour = await SpecialistClient.ConnectAsync(host, "SP-ALM-IM-01");
        var urgent = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.HealthyAdult(c => c.Vitals.RespiratoryRate = 8) });
        var emergency = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult() });

        await neighbour.NextQueuedAsync(c => c.CaseId == emergency.Result.CaseId && c.Escalated);
        var queue = await neighbour.InvokeAsync<IReadOnlyList<ConsultSummary>>("GetQueue");

        Assert.Equal(ReferralLevel.UrgentReferral, urgent.Result.ReferralLevel);
        Assert.DoesNotContain(queue, c => c.CaseId == urgent.Result.CaseId);
    }
}
