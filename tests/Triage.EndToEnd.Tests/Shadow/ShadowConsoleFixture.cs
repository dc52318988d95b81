using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.EndToEnd.Tests.Shadow;

/// <summary>
/// A gateway of its own running the shipped candidate model (models/triage-risk-v2.onnx) in shadow, so that the
/// shared console gateway keeps reporting without one. A specialist concludes a handful of cases, and the fixture
/// waits until the candidate has scored every stored case, so its report compares both models on all of them.
/// </summary>
public sealed class ShadowConsoleFixture : IAsyncLifetime
{
    private const string Specialist = "SP-ZHA-E2E-SHADOW";

    /// <summary>The candidate shipped beside the gateway.</summary>
    public static string CandidatePath => Path.Combine(AppContext.BaseDirectory, "models", "triage-risk-v2.onnx");

    public GatewayHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await GatewayHost.StartAsync($"--Gateway:CandidateModelFile={CandidatePath}", "--ShadowScoring:PollInterval=00:00:00.100");
        await Host.AddSpecialistAsync(Specialist, "KZ-ZHA", Roster.AllSpecialties);
        await Host.CreateUserAsync(ConsoleFixture.Admin, "admin", ConsoleFixture.Password);
        await using var specialist = await SpecialistClient.ConnectAsync(Host, Specialist);

        // Each case with the level the specialist finally decides.
        var cases = new (CaseReport Report, string Decided)[]
        {
            (SampleCases.EmergencyAdult(), "EMERGENCY"),
            (SampleCases.EmergencyAdult(c => c.Patient.AgeYears = 71), "URGENT_REFERRAL"),
            (SampleCases.EmergencyAdult(c => c.Vitals.HeartRate = 128), "EMERGENCY"),
            (SampleCases.HealthyAdult(), "TREAT_LOCALLY"),
            (SampleCases.HealthyAdult(c => (c.Patient.AgeYears, c.Vitals.TemperatureC) = (68, 38.4)), "URGENT_REFERRAL"),
        };
        foreach (var (report, decided) in cases)
        {
            var result = (await Host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report })).Result;
            if (!ConsultWorkflow.OpensAutomatically(result.ReferralLevel))
            {
                await Host.Teleconsult.RequestConsultAsync(new RequestConsultRequest { CaseId = result.CaseId, Reason = "Second opinion" });
            }

            var queued = await specialist.NextQueuedAsync(c => c.CaseId == result.CaseId);
            await specialist.InvokeAsync<ClaimOutcome>("Claim", queued.ConsultId);
            await specialist.InvokeAsync("Conclude", queued.ConsultId, new ConclusionRequest(decided, "R69", "Assessed", "As advised"));
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await Host.CountAsync("ShadowScores") < cases.Length)
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
