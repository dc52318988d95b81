using System.Diagnostics;
using Telemed.FanoutBench;
using Triage.Contracts.V1;
using Triage.Testing;

// Submit -> specialist notified: a consult whose audience is 1 connected specialist (baseline) against one whose audience
// is 200 connected specialists, in alternating blocks of the same run (docs/performance.md, "Fan-out to specialists").
// --clients separate (default): the specialists' SignalR clients run in a process of their own; in-process: in this
// one; sockets: bare WebSockets speaking the hub's protocol, in a process of their own.
if (args is [FleetCommands.Verb, var hubAddress, var kind])
{
    await FleetCommands.RunAsync(new Uri(hubAddress), kind == "sockets");
    return 0;
}

var clients = args is ["--clients", var mode] ? mode : args.Length == 0 ? "separate" : "";
if (clients is not ("separate" or "in-process" or "sockets"))
{
    Console.Error.WriteLine("usage: Telemed.FanoutBench [--clients separate|in-process|sockets]");
    return 2;
}

// Other work on a shared machine moves the figures more than anything measured here; the run says how busy it was.
static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
var loadAtStart = Load();

const int Specialists = 200;
const int Rounds = 4;
const int CasesPerBlock = 25;
const string BaselineClinic = "KZ-ALM-ZHA-01";
var pause = TimeSpan.FromMilliseconds(50);

await using var host = await GatewayHost.StartAsync("--Escalation:EmergencyAfter=01:00:00", "--Logging:LogLevel:Default=Error");
for (var i = 0; i < Specialists; i++)
{
    await host.AddSpecialistAsync($"SP-BENCH-{i:000}", "KZ-ZHA", Roster.AllSpecialties);
}

await host.AddSpecialistAsync("SP-BENCH-ALM", "KZ-ALM", Roster.AllSpecialties);
var fanoutTerminal = host.Intake;
var baselineTerminal = new Intake.IntakeClient(host.CallsAs(await host.EnrolTerminalAsync(BaselineClinic)));

var hub = new Uri(host.WebAddress, "/hubs/consult");
await using ISpecialistFleet fleet = clients == "in-process" ? new SpecialistFleet(hub) : FleetProcess.Start(hub, sockets: clients == "sockets");
await fleet.ConnectAsync(host.IssueToken("SP-BENCH-ALM", "specialist"));
for (var i = 0; i < Specialists; i++)
{
    await fleet.ConnectAsync(host.IssueToken($"SP-BENCH-{i:000}", "specialist"));
}

// One block: cases from one clinic, so every consult goes to the same audience, until each is heard by all of it.
async Task BlockAsync(PhaseSamples samples, Intake.IntakeClient terminal, string clinicId, int audience)
{
    await fleet.TakeArrivalsAsync();
    var submittedAt = new Dictionary<string, long>();
    var (gatewayCpu, consolesCpu) = (Process.GetCurrentProcess().TotalProcessorTime, await fleet.CpuAsync());
    for (var i = 0; i < CasesPerBlock; i++)
    {
        var start = Stopwatch.GetTimestamp();
        var response = await terminal.SubmitCaseAsync(new SubmitCaseRequest { Case = SampleCases.EmergencyAdult(c => c.ClinicId = clinicId) });
        samples.Replies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        submittedAt[response.Result.CaseId] = start;
        await Task.Delay(pause);
    }

    var arrivals = new List<Arrival>();
    var deadline = DateTime.UtcNow.AddSeconds(30);
    while (true)
    {
        arrivals.AddRange((await fleet.TakeArrivalsAsync()).Where(a => submittedAt.ContainsKey(a.CaseId)));
        if (arrivals.Count >= audience * CasesPerBlock || DateTime.UtcNow > deadline)
        {
            break;
        }

        await Task.Delay(100);
    }

    samples.GatewayCpu += Process.GetCurrentProcess().TotalProcessorTime - gatewayCpu;
    samples.ConsolesCpu += await fleet.CpuAsync() - consolesCpu;
    samples.Cases += CasesPerBlock;
    samples.Arrivals.AddRange(arrivals.Select(a => (a.CaseId, Stopwatch.GetElapsedTime(submittedAt[a.CaseId], a.At).TotalMilliseconds)));
}

// Warm-up: JIT (the tiered compiler's thread keeps a core busy for seconds after start), connection pools, SQLite pages.
await BlockAsync(new PhaseSamples(), fanoutTerminal, SampleCases.KnownClinic, Specialists);
await BlockAsync(new PhaseSamples(), baselineTerminal, BaselineClinic, 1);

var (baseline, fanout) = (new PhaseSamples(), new PhaseSamples());
for (var round = 0; round < Rounds; round++)
{
    // Alternating which goes first cancels a drift of the machine's load across the run.
    var baselineFirst = round % 2 == 0;
    await (baselineFirst ? BlockAsync(baseline, baselineTerminal, BaselineClinic, 1) : BlockAsync(fanout, fanoutTerminal, SampleCases.KnownClinic, Specialists));
    await (baselineFirst ? BlockAsync(fanout, fanoutTerminal, SampleCases.KnownClinic, Specialists) : BlockAsync(baseline, baselineTerminal, BaselineClinic, 1));
}

var (one, many) = (baseline.ToPhase(clients != "in-process"), fanout.ToPhase(clients != "in-process"));
Console.WriteLine($"Submit -> specialist notified (ConsultQueued), {Rounds}x{CasesPerBlock} EMERGENCY cases per audience one every {pause.TotalMilliseconds} ms, {Environment.ProcessorCount} cores, consoles {clients}, load average {loadAtStart} -> {Load()}");
Console.WriteLine($"{"audience",8} {"deliveries",10} {"p50 ms",7} {"p99 ms",7} {"all told p50",12} {"all told p99",12} {"reply p50",9} {"reply p99",9} {"gateway CPU/case",16} {"consoles CPU/case",17}");
foreach (var (audience, phase) in new[] { (1, one), (Specialists, many) })
{
    Console.WriteLine($"{audience,8} {phase.Deliveries,10} {phase.P50,7:F1} {phase.P99,7:F1} {phase.LastP50,12:F1} {phase.LastP99,12:F1} {phase.ReplyP50,9:F1} {phase.ReplyP99,9:F1} {phase.GatewayCpuPerCase,13:F2} ms {phase.ConsolesCpuPerCase,14:F2} ms");
}

Console.WriteLine($"ratio {Specialists}/1: all told p50 x{many.LastP50 / one.P50:F2}, all told p99 x{many.LastP99 / one.P99:F2} (target: x2.00 or less)");
return many.Deliveries == Specialists * Rounds * CasesPerBlock && one.Deliveries == Rounds * CasesPerBlock ? 0 : 1;
