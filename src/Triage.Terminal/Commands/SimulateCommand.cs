using System.CommandLine;
using System.Text.Json;
using Triage.Terminal.Simulation;

namespace Triage.Terminal.Commands;

/// <summary><c>simulate</c>: load generator; many clinic terminals submitting realistic cases to one gateway.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var clinics = new Option<int>("--clinics") { Description = "Simulated terminals working at once", DefaultValueFactory = _ => 4 };
        var cases = new Option<int>("--cases") { Description = "Cases in all", DefaultValueFactory = _ => 1000 };
        var rate = new Option<double>("--rate") { Description = "Cases per second over all terminals; 0 for as fast as they can", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic cohort the cases are drawn from, to repeat a run", DefaultValueFactory = _ => 1 };
        var clinic = new Option<string>("--clinic")
        {
            Description = $"The clinic the terminals submit for; must be the enrolled terminal's clinic (default: ${NewCommand.ClinicVariable}, else KZ-ZHA-KOR-01)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(NewCommand.ClinicVariable) is { Length: > 0 } id ? id : "KZ-ZHA-KOR-01",
        };
        var outboxes = new Option<string?>("--outbox-folder") { Description = "Keep the simulated terminals' outboxes here (default: a temporary folder, removed afterwards)" };
        var json = JsonOption.Create();
        var link = new LinkOptions();
        var command = new Command("simulate", "Load generator: many terminals submit realistic synthetic cases; prints throughput and latency percentiles")
        {
            clinics, cases, rate, seed, clinic, outboxes, json,
        };
        link.AddTo(command);
        clinics.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 10_000) r.AddError("--clinics must be between 1 and 10000"); });
        cases.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 10_000_000) r.AddError("--cases must be between 1 and 10000000"); });
        rate.Validators.Add(r => { if (r.GetValueOrDefault<double>() is < 0 or > 1_000_000) r.AddError("--rate must be between 0 and 1000000"); });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var asJson = parseResult.GetValue(json);
            var folder = parseResult.GetValue(outboxes) ?? Directory.CreateTempSubdirectory("triage-simulate-").FullName;
            Directory.CreateDirectory(folder);
            try
            {
                var simulator = new LoadSimulator(new CohortCaseSource(parseResult.GetValue(seed)), () => link.OpenSession(parseResult), link.Retry(parseResult), folder);
                var report = await ProgressDisplay.RunAsync(parseResult.InvocationConfiguration.Error, asJson, "Simulating clinics", progress =>
                    simulator.RunAsync(parseResult.GetValue(clinics), parseResult.GetValue(clinic)!, parseResult.GetValue(cases), parseResult.GetValue(rate), progress, cancellationToken));
                if (asJson)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(report, JsonSerializerOptions.Web));
                }
                else
                {
                    var l = report.LatencyMs;
                    await output.WriteLineAsync($"{report.Clinics} terminals, {report.Cases} cases, target {(report.TargetRate > 0 ? $"{report.TargetRate:0} cases/s" : "as fast as possible")}");
                    await output.WriteLineAsync($"{report.Acknowledged} acknowledged, {report.Refused} refused, {report.Unsent} left queued, in {report.Seconds:0.0} s: {report.Throughput:0} cases/s");
                    await output.WriteLineAsync($"SubmitCase latency: p50 {l.P50:0.0} ms, p90 {l.P90:0.0} ms, p99 {l.P99:0.0} ms, max {l.Max:0.0} ms");
                    if (report.Throttled > 0)
                    {
                        await output.WriteLineAsync(
                            $"{report.Throttled} calls were throttled by the gateway's per-terminal rate limit (RateLimits:PermitsPerSecond), which all simulated " +
                            "terminals share with the one enrolled credential: the pace above is that limit's, not the gateway's capacity.");
                    }
                }

                return report.Refused + report.Unsent == 0 ? ExitCodes.Ok : ExitCodes.Offline;
            }
            finally
            {
                if (parseResult.GetValue(outboxes) is null)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(folder, recursive: true);
                }
            }
        });
        return command;
    }
}
