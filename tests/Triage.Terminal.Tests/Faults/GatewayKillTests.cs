using Triage.Terminal.Link;
using Triage.Terminal.Outbox;
using Triage.Testing;

namespace Triage.Terminal.Tests.Faults;

[Collection(FaultCollection.Name)]
public sealed class GatewayKillTests : IDisposable
{
    private static readonly string[] Clinics = ["KZ-ZHA-KOR-01", "KZ-ZHA-KOR-02", "KZ-ZHA-MER-01", "KZ-ZHA-SHU-01"];
    private const int CasesPerTerminal = 500;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Killing_the_gateway_mid_sync_loses_no_acknowledged_case_and_after_a_restart_every_case_is_stored_exactly_once()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var grpc = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var web = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var database = folder.File("triage.db");
        string[] data =
        [
            $"--ConnectionStrings:Triage=Data Source={database}",
            $"--Auth:SigningKeyFile={folder.File("signing-key")}",
            $"--Attachments:Folder={folder.File("attachments")}",
        ];
        string[] server =
        [
            $"--Kestrel:Endpoints:Grpc:Url={grpc}", $"--Kestrel:Endpoints:Web:Url={web}", .. data,
            "--Logging:LogLevel:Default=Warning", "--RateLimits:PermitsPerSecond=100000", "--RateLimits:Burst=100000",
        ];

        var terminals = new List<TerminalUnderTest>();
        var gateway = await GatewayProcess.StartAsync(web, server);
        try
        {
            // Enrolled as an operator would: the gateway executable's admin command line, on its own data.
            foreach (var (clinic, i) in Clinics.Select((c, i) => (c, i)))
            {
                var enrolled = await GatewayProcess.RunAsync(["admin", "enrol-terminal", "--clinic", clinic, .. data]);
                var terminal = new TerminalUnderTest(await CaseOutbox.OpenAsync(folder.File($"outbox-{i}.db")), enrolled.Field("terminal id"), enrolled.Field("secret"));
                terminal.CaseIds = await FaultCases.QueueAsync(terminal.Outbox, clinic, CasesPerTerminal);
                terminals.Add(terminal);
            }

            using var firstRunStopped = CancellationTokenSource.CreateLinkedTokenSource(bound.Token);
            var firstRun = Task.WhenAll(terminals.Select(t => t.SyncAsync(grpc, RetrySettings.Default, firstRunStopped.Token)));
            while (await AcknowledgedCountAsync(terminals) < 300 && !firstRun.IsCompleted)
            {
                await Task.Delay(10, bound.Token);
            }

            await gateway.DisposeAsync(); // SIGKILL: no chance to finish a request or flush anything
            await Task.Delay(500, bound.Token); // the terminals meet the dead link and start retrying
            await firstRunStopped.CancelAsync(); // a feldsher gives up waiting and closes the terminal
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => firstRun);

            // Every acknowledgement a terminal holds now was sent by the gateway before it died.
            var acknowledgedBeforeKill = (await Task.WhenAll(terminals.Select(t => t.AcknowledgedAsync()))).SelectMany(ids => ids).ToHashSet();
            Assert.InRange(acknowledgedBeforeKill.Count, 300, Clinics.Length * CasesPerTerminal - 1);
            var storedAfterKill = await FaultCases.StoredAsync(database);
            Assert.Subset(storedAfterKill.Keys.ToHashSet(), acknowledgedBeforeKill);

            gateway = await GatewayProcess.StartAsync(web, server);
            var secondRun = await Task.WhenAll(terminals.Select(t => t.SyncAsync(grpc, RetrySettings.Default, bound.Token)));

            Assert.All(secondRun, r => Assert.True(r.Complete, r.LastError));
            foreach (var terminal in terminals)
            {
                var counts = await terminal.Outbox.CountAsync();
                Assert.Equal((CasesPerTerminal, 0), (counts.Acknowledged, counts.Total - counts.Acknowledged));
            }

            var stored = await FaultCases.StoredAsync(database);
            Assert.Equal(Clinics.Length * CasesPerTerminal, stored.Count);
            Assert.All(stored.Values, copies => Assert.Equal(1, copies));
            Assert.True(terminals.SelectMany(t => t.CaseIds).All(stored.ContainsKey));
        }
        finally
        {
            await gateway.DisposeAsync();
            foreach (var terminal in terminals)
            {
                await terminal.DisposeAsync();
            }
        }
    }

    private static async Task<int> AcknowledgedCountAsync(IEnumerable<TerminalUnderTest> terminals)
    {
        var total = 0;
        foreach (var terminal in terminals)
        {
            total += (await terminal.Outbox.CountAsync()).Acknowledged;
        }

        return total;
    }
}
