using System.Text.Json;
using Triage.Testing;

namespace Triage.Terminal.Tests;

public sealed class SimulateCommandTests
{
    [Fact]
    public async Task Simulated_terminals_submit_every_case_once_and_report_throughput_and_latency()
    {
        await using var gateway = await GatewayHost.StartAsync("--RateLimits:PermitsPerSecond=100000", "--RateLimits:Burst=100000");

        var run = await TerminalRun.RunAsync(["simulate", "--clinics", "3", "--cases", "60", "--rate", "0", "--json", .. TerminalRun.Link(gateway)]);

        Assert.Equal(0, run.ExitCode);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(60, report.GetProperty("acknowledged").GetInt32());
        Assert.True(report.GetProperty("throughput").GetDouble() > 0);
        var latency = report.GetProperty("latencyMs");
        Assert.InRange(latency.GetProperty("p50").GetDouble(), 0.01, latency.GetProperty("p99").GetDouble());
        Assert.Equal(60, await gateway.CountAsync("Cases"));
        Assert.Equal(0, report.GetProperty("throttled").GetInt32());
    }

    [Fact]
    public async Task A_run_held_back_by_the_gateways_rate_limit_says_so_and_still_delivers_every_case()
    {
        await using var gateway = await GatewayHost.StartAsync("--RateLimits:PermitsPerSecond=20", "--RateLimits:Burst=5");

        var run = await TerminalRun.RunAsync(["simulate", "--clinics", "4", "--cases", "30", "--rate", "0", .. TerminalRun.Link(gateway)]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("30 acknowledged", run.Output);
        Assert.Contains("throttled by the gateway's per-terminal rate limit", run.Output);
        Assert.Equal(30, await gateway.CountAsync("Cases"));
    }
}
