using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Engine.Wire;
using Triage.Gateway.Auth;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;
using Triage.Terminal.Simulation;
using Triage.Testing;

namespace Triage.EndToEnd.Tests.SeededRun;

/// <summary>
/// The seeded evaluation run: SYNTHETIC cases and SIMULATED outcomes through the real system. Terminals at eight
/// clinics of the Zhambyl region submit 2,000 cohort cases with the terminal's own load simulator; every case is then
/// reviewed by a specialist, who concludes it over the real SignalR hub with the level the cohort's outcome gives
/// (<see cref="SimulatedConclusion"/>).
/// Cases the engine put at URGENT_REFERRAL or EMERGENCY opened their consult by themselves; for the others the
/// clinic's feldsher requests one, as a validation study does: if only the cases the engine sent on were judged,
/// the report could never show a case it under-triaged (partial verification bias).
/// </summary>
public sealed class SeededRunFixture : IAsyncLifetime
{
    public const int Seed = 2026;
    public const int CasesPerClinic = 250;
    public const int TerminalsPerClinic = 2;
    public const string Region = "KZ-ZHA";

    /// <summary>Two clinics in each of the region's four districts; clinic i draws from the cohort of seed <see cref="Seed"/> + i.</summary>
    public static readonly IReadOnlyList<string> Clinics =
        ["KZ-ZHA-KOR-01", "KZ-ZHA-KOR-02", "KZ-ZHA-MER-01", "KZ-ZHA-MER-02", "KZ-ZHA-SHU-01", "KZ-ZHA-SHU-02", "KZ-ZHA-ZHU-01", "KZ-ZHA-ZHU-02"];

    private static readonly string[] Specialists = ["SP-ZHA-EVAL-1", "SP-ZHA-EVAL-2", "SP-ZHA-EVAL-3"];

    private readonly ConcurrentDictionary<string, SimulatedCase> sent = new();
    private readonly ConcurrentDictionary<string, TriageResult> acknowledged = new();
    private readonly Dictionary<string, CallInvoker> feldshers = [];
    private DirectoryInfo? outboxes;

    public GatewayHost Host { get; private set; } = null!;

    /// <summary>Every submitted case, with the engine's own assessment of it and the specialist's conclusion.</summary>
    public IReadOnlyList<JudgedCase> Cases { get; private set; } = [];

    /// <summary>How long each stage took, for the test log.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Took)> Stages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var stages = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        void Stage(string name)
        {
            stages.Add((name, clock.Elapsed));
            clock.Restart();
        }

        Host = await GatewayHost.StartAsync("--RateLimits:PermitsPerSecond=100000", "--RateLimits:Burst=100000");
        foreach (var specialist in Specialists)
        {
            await Host.AddSpecialistAsync(specialist, Region, Roster.AllSpecialties);
        }

        outboxes = Directory.CreateTempSubdirectory("triage-seeded-run-");
        Stage("gateway started");
        await Task.WhenAll(Clinics.Select(SubmitAsync));
        Stage($"{sent.Count} cases submitted by {Clinics.Count * TerminalsPerClinic} terminals");
        await Task.WhenAll(Clinics.Select(RequestReviewsAsync));
        Stage("consults requested for cases below URGENT_REFERRAL");
        var concluded = await ConcludeAllAsync();
        Stage($"{concluded.Count} consults claimed and concluded over SignalR");

        var engine = TriageEngine.CreateDefault(model: OnnxRiskModel.LoadShipped());
        Cases = sent.Values
            .Select(c => new JudgedCase(c, engine.Assess(c.Report.ToClinicalCase()), concluded.GetValueOrDefault(c.Report.ClientCaseId)))
            .ToList();
        Stage("engine assessments computed directly");
        Stages = stages;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        outboxes?.Delete(recursive: true);
    }

    /// <summary>One clinic's terminals submit its cases through the terminal's load simulator; the answers are read from their outboxes.</summary>
    private async Task SubmitAsync(string clinicId, int index)
    {
        var (terminalId, secret) = await Host.Services.GetRequiredService<TerminalEnrolment>().EnrolAsync(clinicId, CancellationToken.None);
        var token = await new TerminalAuth.TerminalAuthClient(Host.Channel).GetTerminalTokenAsync(new TerminalTokenRequest { TerminalId = terminalId, Secret = secret });
        lock (feldshers)
        {
            feldshers[clinicId] = Host.CallsAs(token.Token);
        }

        var folder = Directory.CreateDirectory(Path.Combine(outboxes!.FullName, clinicId)).FullName;
        var simulator = new LoadSimulator(
            new RecordingCaseSource(new CohortCaseSource(Seed + index), sent),
            () => new TerminalSession(Host.GrpcAddress, terminalId, secret, TimeSpan.FromSeconds(60)),
            RetrySettings.Default,
            folder);
        var run = await simulator.RunAsync(TerminalsPerClinic, clinicId, CasesPerClinic, rate: 0, progress: null, CancellationToken.None);
        if (run.Acknowledged != CasesPerClinic)
        {
            throw new InvalidOperationException($"{clinicId}: {run.Acknowledged} of {CasesPerClinic} acknowledged, {run.Refused} refused, {run.Unsent} unsent.");
        }

        foreach (var file in Directory.GetFiles(folder, "*.db"))
        {
            await using var outbox = await CaseOutbox.OpenAsync(file);
            foreach (var entry in await outbox.ListAsync(OutboxState.Acknowledged))
            {
                acknowledged[entry.ClientCaseId] = entry.Result!;
            }
        }
    }

    /// <summary>The clinic's feldsher asks for a specialist's review of every case that did not open a consult by itself.</summary>
    private async Task RequestReviewsAsync(string clinicId)
    {
        var teleconsult = new Teleconsult.TeleconsultClient(feldshers[clinicId]);
        foreach (var (_, result) in acknowledged.Where(a => sent[a.Key].Report.ClinicId == clinicId && a.Value.ReferralLevel < ReferralLevel.UrgentReferral))
        {
            await teleconsult.RequestConsultAsync(new RequestConsultRequest { CaseId = result.CaseId, Reason = "Evaluation: every case is reviewed by a specialist." });
        }
    }

    /// <summary>The specialists share out the queue; each claims and concludes their consults one after another.</summary>
    private async Task<IReadOnlyDictionary<string, ReferralLevel>> ConcludeAllAsync()
    {
        var clientCaseIds = acknowledged.ToDictionary(a => a.Value.CaseId, a => a.Key);
        var connections = await Task.WhenAll(Specialists.Select(id => SpecialistClient.ConnectAsync(Host, id)));
        try
        {
            var queue = await connections[0].InvokeAsync<List<ConsultSummary>>("GetQueue");
            var concluded = new ConcurrentDictionary<string, ReferralLevel>();
            await Task.WhenAll(connections.Select(async (specialist, i) =>
            {
                foreach (var consult in queue.Where((_, k) => k % connections.Length == i))
                {
                    var truth = sent[clientCaseIds[consult.CaseId]].Truth;
                    var claim = await specialist.InvokeAsync<ClaimOutcome>("Claim", consult.ConsultId);
                    if (!claim.Won)
                    {
                        throw new InvalidOperationException($"{specialist.SpecialistId} lost consult {consult.ConsultId} to {claim.ClaimedBy}.");
                    }

                    await specialist.InvokeAsync("Conclude", consult.ConsultId, SimulatedConclusion.For(truth));
                    concluded[clientCaseIds[consult.CaseId]] = SimulatedConclusion.FinalLevel(truth);
                }
            }));
            return concluded;
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
