using Microsoft.Extensions.DependencyInjection;
using Triage.Gateway.Auth;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;
using Triage.Testing;

namespace Triage.Terminal.Tests.Faults;

[Collection(FaultCollection.Name)]
public sealed class LinkDropTests : IDisposable
{
    private static readonly string[] Clinics = ["KZ-ZHA-KOR-01", "KZ-ZHA-MER-01"];
    private const int CasesPerTerminal = 500;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_link_that_drops_mid_stream_over_and_over_still_delivers_every_case_exactly_once()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var gateway = await GatewayHost.StartAsync("--RateLimits:PermitsPerSecond=100000", "--RateLimits:Burst=100000");
        await using var link = FlakyProxy.Start(gateway.GrpcAddress, seed: 1000, minBytes: 16 * 1024, maxBytes: 128 * 1024);
        var terminals = new List<TerminalUnderTest>();
        try
        {
            foreach (var (clinic, i) in Clinics.Select((c, i) => (c, i)))
            {
                var (id, secret) = await gateway.Services.GetRequiredService<TerminalEnrolment>().EnrolAsync(clinic, CancellationToken.None);
                var terminal = new TerminalUnderTest(await CaseOutbox.OpenAsync(folder.File($"outbox-{i}.db")), id, secret);
                terminal.CaseIds = await FaultCases.QueueAsync(terminal.Outbox, clinic, CasesPerTerminal);
                terminals.Add(terminal);
            }

            var patient = new RetrySettings(30, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(500));
            var reports = await Task.WhenAll(terminals.Select(t => t.SyncAsync(link.Address, patient, bound.Token)));

            Assert.True(link.Cuts >= 5, $"the link was cut only {link.Cuts} times");
            Assert.All(reports, r => Assert.True(r.Complete, r.LastError));
            foreach (var terminal in terminals)
            {
                var counts = await terminal.Outbox.CountAsync();
                Assert.Equal((CasesPerTerminal, 0), (counts.Acknowledged, counts.Total - counts.Acknowledged));
            }

            var stored = await FaultCases.StoredAsync(gateway.DatabasePath);
            Assert.Equal(Clinics.Length * CasesPerTerminal, stored.Count);
            Assert.All(stored.Values, copies => Assert.Equal(1, copies));
            Assert.True(terminals.SelectMany(t => t.CaseIds).All(stored.ContainsKey));
        }
        finally
        {
            foreach (var terminal in terminals)
            {
                await terminal.DisposeAsync();
            }
        }
    }
}
