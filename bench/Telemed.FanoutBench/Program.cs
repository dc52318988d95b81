using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Testing;

// Submit -> specialist notified, with 1 connected specialist (baseline) and with 200, in the same run.
const int Specialists = 200;
const int CasesPerPhase = 100;
var pause = TimeSpan.FromMilliseconds(50);

await using var host = await GatewayHost.StartAsync("--Escalation:EmergencyAfter=01:00:00", "--Logging:LogLevel:Default=Error");
for (var i = 0; i < Specialists; i++)
{
    await host.AddSpecialistAsync($"SP-BENCH-{i:000}", "KZ-ZHA", Roster.AllSpecialties);
}

var submittedAt = new ConcurrentDictionary<string, long>();
var arrivals = new ConcurrentBag<(string CaseId, long At)>();
var connections = new List<HubConnection>();

async Task ConnectAsync(int index)
{
    var token = host.IssueToken($"SP-BENCH-{index:000}", "specialist");
    var connection = new HubConnectionBuilder()
        .WithUrl(new Uri(host.WebAddress, "/hubs/consult"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
        .Build();
    var seen = new ConcurrentDictionary<string, bool>();
    connection.On<ConsultSummary>(nameof(IConsultClient.ConsultQueued), summary =>
    {
        // The notice may beat the reply to the terminal, so arrival times are matched to submissions afterwards.
        var now = Stopwatch.GetTimestamp();
        if (seen.TryAdd(summary.CaseId, true))
        {
            arrivals.Add((summary.CaseId, now));
        }
    });
    await connection.StartAsync();
    connections.Add(connection);
}

async Task<(double P50, double P99, double LastP50, double LastP99, int Deliveries)> PhaseAsync(int connected)
{
    arrivals.Clear();
    submittedAt.Clear();
    for (var i = 0; i < CasesPerPhase; i++)
    {
        var report = SampleCases.EmergencyAdult();
        var start = Stopwatch.GetTimestamp();
        var response = await host.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report });
        submittedAt[response.Result.CaseId] = start;
        await Task.Delay(pause);
    }

    var deadline = DateTime.UtcNow.AddSeconds(30);
    while (arrivals.Count(a => submittedAt.ContainsKey(a.CaseId)) < connected * CasesPerPhase && DateTime.UtcNow < deadline)
    {
        await Task.Delay(100);
    }

    var latencies = arrivals
        .Where(a => submittedAt.ContainsKey(a.CaseId))
        .Select(a => (a.CaseId, Milliseconds: Stopwatch.GetElapsedTime(submittedAt[a.CaseId], a.At).TotalMilliseconds))
        .ToList();
    var all = latencies.Select(l => l.Milliseconds).Order().ToArray();
    var lastPerCase = latencies.GroupBy(l => l.CaseId).Select(g => g.Max(l => l.Milliseconds)).Order().ToArray();
    return (Percentile(all, 0.50), Percentile(all, 0.99), Percentile(lastPerCase, 0.50), Percentile(lastPerCase, 0.99), all.Length);
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

await ConnectAsync(0);
await PhaseAsync(1); // warm-up: JIT, connection pools, SQLite pages
var baseline = await PhaseAsync(1);
for (var i = 1; i < Specialists; i++)
{
    await ConnectAsync(i);
}

var fanout = await PhaseAsync(Specialists);

Console.WriteLine($"Submit -> specialist notified (ConsultQueued), {CasesPerPhase} EMERGENCY cases one every {pause.TotalMilliseconds} ms, {Environment.ProcessorCount} cores");
Console.WriteLine($"{"specialists",12} {"deliveries",11} {"p50 ms",8} {"p99 ms",8} {"all told p50",13} {"all told p99",13}");
Console.WriteLine($"{1,12} {baseline.Deliveries,11} {baseline.P50,8:F1} {baseline.P99,8:F1} {baseline.LastP50,13:F1} {baseline.LastP99,13:F1}");
Console.WriteLine($"{Specialists,12} {fanout.Deliveries,11} {fanout.P50,8:F1} {fanout.P99,8:F1} {fanout.LastP50,13:F1} {fanout.LastP99,13:F1}");
Console.WriteLine($"ratio {Specialists}/1: p50 x{fanout.P50 / baseline.P50:F2}, p99 x{fanout.P99 / baseline.P99:F2}");

foreach (var connection in connections)
{
    await connection.DisposeAsync();
}
