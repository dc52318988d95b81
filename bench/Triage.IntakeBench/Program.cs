using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Triage.Contracts.V1;
using Triage.Gateway.Auth;
using Triage.Gateway.Hosting;
using Triage.IntakeBench;
using Triage.Terminal.Simulation;
using Triage.Testing;

// SubmitCase (validate, triage, audit, durable commit) against a no-op unary method on the same gateway and the
// same client, alternating, in one run; medians of the rounds are printed with their ratios.
const int Rounds = 3;
const int Concurrency = 32;
const double FixedRate = 1000;
var phase = TimeSpan.FromSeconds(4);

var folder = Directory.CreateTempSubdirectory("triage-bench-").FullName;
var grpcAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
await using var app = await GatewayApp.CreateAsync(
[
    $"--Kestrel:Endpoints:Grpc:Url={grpcAddress}",
    $"--Kestrel:Endpoints:Web:Url=http://127.0.0.1:{FreePort.Next()}",
    $"--ConnectionStrings:Triage=Data Source={Path.Combine(folder, "triage.db")}",
    $"--Auth:SigningKeyFile={Path.Combine(folder, "signing-key")}",
    $"--Attachments:Folder={Path.Combine(folder, "attachments")}",
    "--Logging:LogLevel:Default=Error",
    "--RateLimits:PermitsPerSecond=1000000",
    "--RateLimits:Burst=1000000",
]);
app.MapGrpcService<NoOpService>();
await app.StartAsync();

var (terminalId, secret) = await app.Services.GetRequiredService<TerminalEnrolment>().EnrolAsync(SampleCases.KnownClinic, CancellationToken.None);
using var channel = GrpcChannel.ForAddress(grpcAddress);
var token = (await new TerminalAuth.TerminalAuthClient(channel).GetTerminalTokenAsync(new TerminalTokenRequest { TerminalId = terminalId, Secret = secret })).Token;
var calls = channel.Intercept(metadata =>
{
    metadata.Add("authorization", $"Bearer {token}");
    return metadata;
});
var intake = new Intake.IntakeClient(calls);
var cases = new CohortCaseSource(seed: 42);

Task Submit() => intake.SubmitCaseAsync(new SubmitCaseRequest { Case = cases.Next(SampleCases.KnownClinic, DateTimeOffset.UtcNow) }, deadline: DateTime.UtcNow.AddSeconds(10)).ResponseAsync;
Task NoOp() => calls.AsyncUnaryCall(NoOpBase.PingMethod, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(10)), new SubmitCaseRequest { Case = cases.Next(SampleCases.KnownClinic, DateTimeOffset.UtcNow) }).ResponseAsync;

// Warm-up until tiered compilation has settled (it recompiles hot methods in the background for several
// seconds, on the same two cores), and the connection and SQLite pages are ready.
for (var warm = 0; warm < 3; warm++)
{
    await ClosedLoopAsync(Submit, phase);
    await ClosedLoopAsync(NoOp, phase);
}

var results = new List<(string Name, Measurement Saturated, Measurement AtRate)>();
for (var round = 0; round < Rounds; round++)
{
    foreach (var (name, call) in new[] { ("no-op", (Func<Task>)NoOp), ("SubmitCase", Submit) })
    {
        var saturated = await ClosedLoopAsync(call, phase);
        var atRate = await OpenLoopAsync(call, FixedRate, phase);
        Console.Error.WriteLine($"round {round + 1} {name}: {saturated} / at {FixedRate:0}/s: {atRate}");
        results.Add((name, saturated, atRate));
    }
}

Measurement Median(string name, Func<(string Name, Measurement Saturated, Measurement AtRate), Measurement> pick)
{
    var all = results.Where(r => r.Name == name).Select(pick).ToList();
    return new Measurement(Mid(all.Select(m => m.Throughput)), Mid(all.Select(m => m.P50)), Mid(all.Select(m => m.P99)), Mid(all.Select(m => m.CpuPerCall)));
}

static double Mid(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}

var noOp = (Saturated: Median("no-op", r => r.Saturated), AtRate: Median("no-op", r => r.AtRate));
var submit = (Saturated: Median("SubmitCase", r => r.Saturated), AtRate: Median("SubmitCase", r => r.AtRate));
Console.WriteLine($"{Environment.ProcessorCount} cores, SQLite durable commits (WAL, synchronous FULL), medians of {Rounds} rounds of {phase.TotalSeconds:0} s");
Console.WriteLine($"| method | saturated ({Concurrency} callers): calls/s | p50 | p99 | CPU per call | at {FixedRate:0}/s: achieved | p50 | p99 |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
foreach (var (name, m) in new[] { ("no-op (baseline)", noOp), ("SubmitCase", submit) })
{
    Console.WriteLine($"| {name} | {m.Saturated.Throughput:0} | {m.Saturated.P50:0.0} ms | {m.Saturated.P99:0.0} ms | {m.Saturated.CpuPerCall:0.000} ms | {m.AtRate.Throughput:0}/s | {m.AtRate.P50:0.0} ms | {m.AtRate.P99:0.0} ms |");
}

Console.WriteLine($"SubmitCase / no-op: throughput {submit.Saturated.Throughput / noOp.Saturated.Throughput:P0}; CPU per call ×{submit.Saturated.CpuPerCall / noOp.Saturated.CpuPerCall:0.0}; p50 at {FixedRate:0}/s ×{submit.AtRate.P50 / noOp.AtRate.P50:0.0}, p99 ×{submit.AtRate.P99 / noOp.AtRate.P99:0.0}");
await app.StopAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);

// As many calls as the callers can make: the capacity.
static async Task<Measurement> ClosedLoopAsync(Func<Task> call, TimeSpan duration)
{
    var latencies = new List<double>[Concurrency];
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var start = Stopwatch.GetTimestamp();
    await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async i =>
    {
        latencies[i] = [];
        while (Stopwatch.GetElapsedTime(start) < duration)
        {
            var sent = Stopwatch.GetTimestamp();
            await call();
            latencies[i].Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }
    }));
    return Measurement.Of(latencies.SelectMany(l => l).ToList(), Stopwatch.GetElapsedTime(start), Process.GetCurrentProcess().TotalProcessorTime - cpu);
}

// Calls started on a fixed schedule whatever the answers do, so queueing shows up as latency.
static async Task<Measurement> OpenLoopAsync(Func<Task> call, double rate, TimeSpan duration)
{
    var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
    var pending = new List<Task>();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var start = Stopwatch.GetTimestamp();
    for (var k = 0; TimeSpan.FromSeconds(k / rate) < duration; k++)
    {
        var due = TimeSpan.FromSeconds(k / rate);
        if (due - Stopwatch.GetElapsedTime(start) is { TotalMilliseconds: > 1 } wait)
        {
            await Task.Delay(wait);
        }

        pending.Add(Timed(call, start + (long)(due.TotalSeconds * Stopwatch.Frequency), latencies));
    }

    await Task.WhenAll(pending);
    return Measurement.Of(latencies.ToList(), Stopwatch.GetElapsedTime(start), Process.GetCurrentProcess().TotalProcessorTime - cpu);
}

// Latency from when the call was due, not from when it got going: a late start is the server's delay too.
// A call that misses its deadline (or whose connection the overloaded server drops) counts with the time it took.
static async Task Timed(Func<Task> call, long due, System.Collections.Concurrent.ConcurrentBag<double> latencies)
{
    try
    {
        await call();
    }
    catch (RpcException e) when (e.StatusCode is StatusCode.DeadlineExceeded or StatusCode.Unavailable)
    {
    }

    latencies.Add(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
}
