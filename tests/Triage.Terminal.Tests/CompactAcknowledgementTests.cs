using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Engine.Wire;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;
using Triage.Terminal.Sync;
using Triage.Testing;

namespace Triage.Terminal.Tests;

/// <summary>
/// Over a slow link the acknowledgement is most of what a sync downloads; when the gateway reaches the terminal's own
/// result it says so instead of repeating it, and the feldsher still ends with exactly the stored result.
/// </summary>
public sealed class CompactAcknowledgementTests : IDisposable
{
    private static readonly TriageEngine LocalEngine = TriageEngine.CreateDefault(model: OnnxRiskModel.LoadShipped());
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_case_the_terminal_assessed_as_the_gateway_does_ends_with_the_gateways_stored_result()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await using var outbox = await CaseOutbox.OpenAsync(folder.File("outbox.db"));
        var assessed = SampleCases.EmergencyAdult();
        var unassessed = SampleCases.HealthyAdult();
        await outbox.EnqueueAsync([assessed, unassessed]);
        await outbox.RecordLocalResultAsync(assessed.ClientCaseId, LocalEngine.Assess(assessed.ToClinicalCase()).ToResult("", assessed.ClientCaseId, DateTimeOffset.UtcNow));

        using var session = new TerminalSession(gateway.GrpcAddress, gateway.TerminalId, gateway.TerminalSecret, TimeSpan.FromSeconds(30));
        var report = await new OutboxSync(outbox, session, SyncSettings.Default, _ => { }).RunAsync(null, CancellationToken.None);

        Assert.Equal(2, report.Acknowledged);
        var entries = (await outbox.ListAsync(null, CancellationToken.None)).ToDictionary(e => e.ClientCaseId);
        foreach (var id in new[] { assessed.ClientCaseId, unassessed.ClientCaseId })
        {
            var stored = (await gateway.Intake.GetCaseAsync(new GetCaseRequest { CaseId = id })).Result;
            var kept = entries[id].Result!;
            Assert.Equal(stored.CaseId, kept.CaseId);
            Assert.Equal(WithoutTime(stored), WithoutTime(kept));
        }
    }

    [Fact]
    public async Task The_gateway_answers_a_matching_assessment_in_a_few_bytes_and_a_different_one_in_full()
    {
        await using var gateway = await GatewayHost.StartAsync();
        var matching = SampleCases.EmergencyAdult();
        var differing = SampleCases.EmergencyAdult();
        var stale = LocalEngine.Assess(SampleCases.HealthyAdult().ToClinicalCase()).ToResult("", differing.ClientCaseId, DateTimeOffset.UtcNow);

        using var call = gateway.Intake.SyncCases();
        await call.RequestStream.WriteAsync(new SubmitCaseRequest { Case = matching, LocalResultDigest = ResultDigestOf(matching) });
        await call.RequestStream.WriteAsync(new SubmitCaseRequest { Case = differing, LocalResultDigest = Triage.Contracts.ResultDigest.Of(stale) });
        await call.RequestStream.CompleteAsync();
        var acks = new List<SyncAck>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            acks.Add(call.ResponseStream.Current);
        }

        Assert.True(acks[0].Accepted && acks[0].MatchesLocalResult && acks[0].Result is null && acks[0].CaseId != "");
        Assert.True(acks[0].CalculateSize() < 100, $"{acks[0].CalculateSize()} bytes");
        Assert.True(acks[1].Accepted && !acks[1].MatchesLocalResult && acks[1].Result is not null);
    }

    private static Google.Protobuf.ByteString ResultDigestOf(CaseReport report) =>
        Triage.Contracts.ResultDigest.Of(LocalEngine.Assess(report.ToClinicalCase()).ToResult("", report.ClientCaseId, DateTimeOffset.UtcNow));

    private static TriageResult WithoutTime(TriageResult result)
    {
        var copy = result.Clone();
        copy.AssessedAt = null;
        return copy;
    }
}
