using Microsoft.Data.Sqlite;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests.Shadow;

/// <summary>
/// Two real gateways on loopback given the same cases: one as shipped, one with a candidate model in shadow. On the
/// second a specialist concludes the consults, so its report has outcomes to measure both models against.
/// </summary>
public sealed class ShadowFixture : IAsyncLifetime
{
    /// <summary>The shipped candidate's graph with low thresholds, so its advice differs from the active model's.</summary>
    public const string CandidateVersion = "triage-risk/2.0.0-eager";

    private const string Specialist = "SP-ZHA-SHADOW";
    private readonly string folder = Directory.CreateTempSubdirectory("triage-shadow-").FullName;

    public GatewayHost Plain { get; private set; } = null!;

    public GatewayHost Shadowed { get; private set; } = null!;

    /// <summary>Each case as sent, with the result each gateway returned to the terminal.</summary>
    public List<(CaseReport Report, TriageResult FromPlain, TriageResult FromShadowed)> Submitted { get; } = [];

    public string CandidateSetting { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var candidate = CandidateFiles.Write(folder, "eager", CandidateFiles.ShippedCandidatePath, "2.0.0-eager", 0.001, 0.002, 0.01);
        CandidateSetting = $"--Gateway:CandidateModelFile={candidate}";
        Plain = await GatewayHost.StartAsync();
        // Small batches and quick looks, so that a handful of cases crosses several batches within the test.
        Shadowed = await GatewayHost.StartAsync(CandidateSetting, "--ShadowScoring:BatchSize=2", "--ShadowScoring:BatchPause=00:00:00", "--ShadowScoring:PollInterval=00:00:00.100");
        await Shadowed.AddSpecialistAsync(Specialist, "KZ-ZHA", Roster.AllSpecialties);
        await using var specialist = await SpecialistClient.ConnectAsync(Shadowed, Specialist);

        // What the specialist finally decides for each case; null: not concluded.
        var cases = new (CaseReport Report, string? Decided)[]
        {
            (SampleCases.EmergencyAdult(), "EMERGENCY"),
            (SampleCases.EmergencyAdult(c => c.Patient.AgeYears = 71), "URGENT_REFERRAL"),
            (SampleCases.EmergencyAdult(c => c.Vitals.HeartRate = 128), "EMERGENCY"),
            (SampleCases.HealthyAdult(), "TREAT_LOCALLY"),
            (SampleCases.HealthyAdult(c => (c.Patient.AgeYears, c.Vitals.TemperatureC) = (68, 38.4)), "EMERGENCY"),
            (SampleCases.HealthyAdult(c => c.Patient.AgeYears = 30), null),
        };
        foreach (var (report, decided) in cases)
        {
            var fromPlain = (await Plain.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report })).Result;
            var fromShadowed = (await Shadowed.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report })).Result;
            Submitted.Add((report, fromPlain, fromShadowed));
            if (decided is null)
            {
                continue;
            }

            if (!ConsultWorkflow.OpensAutomatically(fromShadowed.ReferralLevel))
            {
                await Shadowed.Teleconsult.RequestConsultAsync(new RequestConsultRequest { CaseId = fromShadowed.CaseId, Reason = "Second opinion" });
            }

            var queued = await specialist.NextQueuedAsync(c => c.CaseId == fromShadowed.CaseId);
            await specialist.InvokeAsync<ClaimOutcome>("Claim", queued.ConsultId);
            await specialist.InvokeAsync("Conclude", queued.ConsultId, new ConclusionRequest(decided, "R69", "Assessed", "As advised"));
        }
    }

    public async Task DisposeAsync()
    {
        await Plain.DisposeAsync();
        await Shadowed.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
