using System.Text.Json;
using Triage.Testing;

namespace Triage.Terminal.Tests;

public sealed class StoreAndForwardTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Outbox => folder.File("outbox.db");

    [Fact]
    public async Task Cases_submitted_without_a_link_stay_queued_and_sync_forwards_them_once_the_link_is_back()
    {
        var nobody = $"http://127.0.0.1:{FreePort.Next()}";
        var offline = await TerminalRun.RunAsync(["submit", TerminalRun.Example("cases.jsonl"), "--server", nobody, "--terminal-id", "T-1", "--secret", "s", "--retries", "0", "--outbox", Outbox]);
        var queued = await TerminalRun.RunAsync(["outbox", "--json", "--outbox", Outbox]);

        Assert.Equal(3, offline.ExitCode);
        Assert.Contains("3 cases stay queued", offline.Error);
        Assert.All(JsonLines(queued.Output), e => Assert.Equal("queued", e.GetProperty("state").GetString()));

        await using var gateway = await GatewayHost.StartAsync();
        var sync = await TerminalRun.RunAsync(["sync", "--outbox", Outbox, .. TerminalRun.Link(gateway)]);
        var listed = await TerminalRun.RunAsync(["outbox", "--json", "--outbox", Outbox]);
        var again = await TerminalRun.RunAsync(["sync", "--json", "--outbox", Outbox, .. TerminalRun.Link(gateway)]);

        Assert.Equal(0, sync.ExitCode);
        Assert.Contains("3 acknowledged, 0 refused, 0 still queued", sync.Output);
        var entries = JsonLines(listed.Output);
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal("acknowledged", e.GetProperty("state").GetString()));
        Assert.All(entries, e => Assert.True(Guid.TryParse(e.GetProperty("caseId").GetString(), out _)));
        Assert.Equal("EMERGENCY", entries[0].GetProperty("referralLevel").GetString());
        Assert.Equal(0, JsonDocument.Parse(again.Output).RootElement.GetProperty("acknowledged").GetInt32());
        Assert.Equal(3, await gateway.CountAsync("Cases"));
    }

    [Fact]
    public async Task A_refused_case_is_marked_failed_with_its_reason_and_does_not_hold_up_the_rest()
    {
        await using var gateway = await GatewayHost.StartAsync();
        var lines = await File.ReadAllLinesAsync(TerminalRun.Example("cases.jsonl"));
        var input = string.Join('\n', lines[0], lines[1].Replace("KZ-ZHA-KOR-01", "KZ-ZHA-NOPE-01"), lines[2]);
        var nobody = $"http://127.0.0.1:{FreePort.Next()}";
        await TerminalRun.RunAsync(["submit", "-", "--server", nobody, "--terminal-id", "T-1", "--secret", "s", "--retries", "0", "--outbox", Outbox], input);

        var sync = await TerminalRun.RunAsync(["sync", "--batch", "1", "--outbox", Outbox, .. TerminalRun.Link(gateway)]);
        var failed = await TerminalRun.RunAsync(["outbox", "--state", "Failed", "--outbox", Outbox]);

        Assert.Equal(2, sync.ExitCode);
        Assert.Contains("2 acknowledged, 1 refused, 0 still queued", sync.Output);
        Assert.Contains("0b7e4d21-8c5a-4f3e-b1d2-7a6c5e4f3d22  failed", failed.Output);
        Assert.Contains("INVALID_ARGUMENT", failed.Output);
        Assert.Contains("case.clinic_id must be a registered clinic", failed.Output);
        Assert.Equal(2, await gateway.CountAsync("Cases"));
    }

    [Fact]
    public async Task Sync_with_an_empty_outbox_has_nothing_to_do()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var sync = await TerminalRun.RunAsync(["sync", "--outbox", Outbox, .. TerminalRun.Link(gateway)]);

        Assert.Equal(0, sync.ExitCode);
        Assert.Contains("0 acknowledged, 0 refused, 0 still queued", sync.Output);
    }

    [Fact]
    public async Task Sync_with_a_wrong_secret_is_refused_and_the_cases_stay_queued()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await TerminalRun.RunAsync(["submit", TerminalRun.Example("cases.jsonl"), "--server", $"http://127.0.0.1:{FreePort.Next()}", "--retries", "0", "--outbox", Outbox]);

        var sync = await TerminalRun.RunAsync(["sync", "--outbox", Outbox, "--server", gateway.GrpcAddress.ToString(), "--terminal-id", gateway.TerminalId, "--secret", "guess"]);
        var listed = await TerminalRun.RunAsync(["outbox", "--outbox", Outbox]);

        Assert.Equal(4, sync.ExitCode);
        Assert.Contains("Unauthenticated", sync.Error);
        Assert.Contains("3 cases: 3 queued, 0 sent, 0 acknowledged, 0 failed", listed.Output);
        Assert.Equal(0, await gateway.CountAsync("Cases"));
    }

    private static List<JsonElement> JsonLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
}
