using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Terminal.Tests;

public sealed class SubmitCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_example_cases_are_submitted_stored_and_a_second_submission_is_recognised()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var run = await TerminalRun.RunAsync(["submit", TerminalRun.Example("cases.jsonl"), "--server", gateway.GrpcAddress.ToString(), "--terminal-id", gateway.TerminalId, "--secret", gateway.TerminalSecret, "--outbox", folder.File("outbox.db")]);
        var again = await TerminalRun.RunAsync(["submit", TerminalRun.Example("cases.jsonl"), "--server", gateway.GrpcAddress.ToString(), "--terminal-id", gateway.TerminalId, "--secret", gateway.TerminalSecret, "--outbox", folder.File("outbox.db")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Results.Count);
        Assert.All(run.Results, r => Assert.True(Guid.TryParse(r.CaseId, out _)));
        Assert.Equal(ReferralLevel.Emergency, run.Results[0].ReferralLevel);
        Assert.Equal(run.Results.Select(r => r.CaseId), again.Results.Select(r => r.CaseId));
        Assert.Equal(3, await gateway.CountAsync("Cases"));
    }

    [Fact]
    public async Task A_refused_case_names_the_field_and_the_rest_are_stored()
    {
        await using var gateway = await GatewayHost.StartAsync();
        var lines = await File.ReadAllLinesAsync(TerminalRun.Example("cases.jsonl"));
        var input = string.Join('\n', lines[0].Replace("KZ-ZHA-KOR-01", "KZ-ZHA-NOPE-01"), lines[1], lines[2]);

        var run = await TerminalRun.RunAsync(["submit", "-", "--server", gateway.GrpcAddress.ToString(), "--terminal-id", gateway.TerminalId, "--secret", gateway.TerminalSecret, "--outbox", folder.File("outbox.db")], input);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("line 1: InvalidArgument: case.clinic_id must be a registered clinic", run.Error);
        Assert.Equal(2, run.Results.Count);
        Assert.Equal(2, await gateway.CountAsync("Cases"));
    }

    [Fact]
    public async Task An_unreachable_gateway_is_reported_before_any_case_is_sent()
    {
        var nobody = $"http://127.0.0.1:{FreePort.Next()}";

        var run = await TerminalRun.RunAsync(["submit", TerminalRun.Example("cases.jsonl"), "--server", nobody, "--terminal-id", "T-1", "--secret", "s", "--retries", "0", "--outbox", folder.File("outbox.db")]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("cannot sign in", run.Error);
        Assert.Contains("Unavailable", run.Error);
        Assert.Empty(run.Results);
    }

    [Fact]
    public async Task A_terminal_with_a_wrong_secret_is_refused_and_nothing_is_stored()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var run = await TerminalRun.RunAsync(["submit", TerminalRun.Example("cases.jsonl"), "--server", gateway.GrpcAddress.ToString(), "--terminal-id", gateway.TerminalId, "--secret", "guess", "--outbox", folder.File("outbox.db")]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Unauthenticated", run.Error);
        Assert.Equal(0, await gateway.CountAsync("Cases"));
    }

    [Fact]
    public async Task A_malformed_server_address_is_refused_before_anything_is_read()
    {
        var run = await TerminalRun.RunAsync(["submit", TerminalRun.Example("cases.jsonl"), "--server", "127.0.0.1 port 5001", "--outbox", folder.File("outbox.db")]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--server must be an http:// or https:// address", run.Error);
        Assert.DoesNotContain("clientCaseId", run.Output);
    }
}
