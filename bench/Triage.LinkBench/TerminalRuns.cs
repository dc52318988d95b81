using System.Diagnostics;
using Google.Protobuf;
using Triage.Contracts;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Engine.Wire;
using Triage.LinkBench.Emulation;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;
using Triage.Terminal.Simulation;
using Triage.Terminal.Sync;
using Triage.Testing;

namespace Triage.LinkBench;

/// <summary>
/// The terminal's own code at work, as its commands use it: a <see cref="TerminalSession"/>, a <see cref="CaseOutbox"/>
/// file, and <see cref="OutboxSync"/> (or the unary SubmitCase that <c>submit</c> makes), against one gateway address
/// (the link's, or the gateway's own for the baseline without a link).
/// </summary>
internal sealed class TerminalRuns(BenchGateway gateway, Uri server, LinkEmulator? link)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private static readonly Lazy<TriageEngine> LocalEngine = new(() => TriageEngine.CreateDefault(model: OnnxRiskModel.LoadShipped()));

    // Seeded: every run of the bench sends the same realistic (synthetic) cases.
    private readonly CohortCaseSource cases = new(seed: 42);

    // The outbox of a terminal that comes back within its token's lifetime: the token its last run kept is in here.
    private readonly string returningOutbox = Path.Combine(gateway.Folder, $"outbox-returning-{Guid.NewGuid():N}.db");

    /// <summary>What a terminal does when the link comes back: a new session (connection, token) and the case that waited.</summary>
    public Task<Trial> FirstResultAsync() => BacklogAsync(1);

    /// <summary>
    /// As <see cref="FirstResultAsync"/>, for a terminal whose last run (within the token's lifetime) kept its token in
    /// the outbox, as <c>sync</c> and the clinic app do: a new connection, no sign-in.
    /// </summary>
    public Task<Trial> ReturningResultAsync() => BacklogAsync(1, keptToken: true);

    /// <summary><c>sync</c> of a backlog: a new session, then every queued case through <see cref="OutboxSync"/>.</summary>
    public async Task<Trial> BacklogAsync(int count, bool keptToken = false)
    {
        await using var outbox = keptToken ? await CaseOutbox.OpenAsync(returningOutbox) : await NewOutboxAsync();
        var reports = Enumerable.Range(0, count).Select(_ => NextCase()).ToList();
        await QueueAsync(outbox, reports);
        var before = Bytes();
        using var session = new TerminalSession(server, gateway.TerminalId, gateway.Secret, CallTimeout, keptToken ? outbox : null);
        var watch = Stopwatch.StartNew();
        await SyncAsync(outbox, session);
        var elapsed = watch.Elapsed;
        await SettleAsync();
        return new Trial(elapsed, Bytes() - before, await PayloadAsync(outbox, reports), count);
    }

    /// <summary>A case through <see cref="OutboxSync"/> on a session already open, as the clinic app's background sync sends each new case.</summary>
    public async Task<IReadOnlyList<Trial>> WarmSyncAsync(int repetitions)
    {
        await using var outbox = await NewOutboxAsync();
        using var session = OpenSession();
        await QueueAsync(outbox, [NextCase()]);
        await SyncAsync(outbox, session);
        await SettleAsync();
        var trials = new List<Trial>();
        for (var i = 0; i < repetitions; i++)
        {
            var report = NextCase();
            await QueueAsync(outbox, [report]);
            var before = Bytes();
            var watch = Stopwatch.StartNew();
            await SyncAsync(outbox, session);
            var elapsed = watch.Elapsed;
            await SettleAsync();
            trials.Add(new Trial(elapsed, Bytes() - before, await PayloadAsync(outbox, [report]), 1));
        }

        return trials;
    }

    /// <summary>A case through the unary SubmitCase on a session already open, as <c>submit</c> sends each case.</summary>
    public async Task<IReadOnlyList<Trial>> WarmSubmitAsync(int repetitions)
    {
        using var session = OpenSession();
        await SubmitAsync(session, new SubmitCaseRequest { Case = NextCase() });
        await SettleAsync();
        var trials = new List<Trial>();
        for (var i = 0; i < repetitions; i++)
        {
            var request = new SubmitCaseRequest { Case = NextCase() };
            var before = Bytes();
            var watch = Stopwatch.StartNew();
            var response = await SubmitAsync(session, request);
            var elapsed = watch.Elapsed;
            await SettleAsync();
            trials.Add(new Trial(elapsed, Bytes() - before, new LinkBytes(request.CalculateSize(), response.CalculateSize()), 1));
        }

        return trials;
    }

    private static async Task SyncAsync(CaseOutbox outbox, TerminalSession session)
    {
        var report = await new OutboxSync(outbox, session, SyncSettings.Default).RunAsync();
        if (!report.Complete || report.Refused > 0)
        {
            throw new InvalidOperationException($"the sync did not store every case: {report}");
        }
    }

    /// <summary>As <c>submit</c> sends a case: signed in, and tried again when the link breaks.</summary>
    private static async Task<SubmitCaseResponse> SubmitAsync(TerminalSession session, SubmitCaseRequest request) =>
        await LinkResilience.Create(RetrySettings.Default, session).ExecuteAsync(async token =>
        {
            await session.SignInAsync(token);
            return await session.Intake.SubmitCaseAsync(request, deadline: session.Deadline(), cancellationToken: token);
        });

    /// <summary>
    /// The payloads of the given cases once acknowledged: each case as the SubmitCaseRequest that carried it (with the
    /// digest of the terminal's assessment), each answer as the SyncAck that brought it: bare when the gateway's result
    /// matched that assessment, with the stored result otherwise.
    /// </summary>
    private static async Task<LinkBytes> PayloadAsync(CaseOutbox outbox, IReadOnlyList<CaseReport> reports)
    {
        var entries = new List<OutboxEntry>(reports.Count);
        foreach (var report in reports)
        {
            entries.Add((await outbox.FindAsync(report.ClientCaseId))!);
        }

        return new LinkBytes(entries.Sum(e => (long)Request(e).CalculateSize()), entries.Sum(e => (long)Acknowledgement(e).CalculateSize()));
    }

    private static SubmitCaseRequest Request(OutboxEntry entry) => new()
    {
        Case = entry.Report,
        LocalResultDigest = entry.LocalResult is { } local ? ResultDigest.Of(local) : ByteString.Empty,
    };

    private static SyncAck Acknowledgement(OutboxEntry entry) =>
        entry.LocalResult is { } local && ResultDigest.Of(local).Equals(ResultDigest.Of(entry.Result!))
            ? new SyncAck { ClientCaseId = entry.ClientCaseId, Accepted = true, CaseId = entry.Result!.CaseId, MatchesLocalResult = true }
            : new SyncAck { ClientCaseId = entry.ClientCaseId, Accepted = true, Result = entry.Result };

    /// <summary>Queues cases with the terminal's own assessment of each, as the clinic app and <c>new</c> do.</summary>
    private static async Task QueueAsync(CaseOutbox outbox, IReadOnlyList<CaseReport> reports)
    {
        await outbox.EnqueueAsync(reports);
        foreach (var report in reports)
        {
            await outbox.RecordLocalResultAsync(report.ClientCaseId, LocalEngine.Value.Assess(report.ToClinicalCase()).ToResult("", report.ClientCaseId, DateTimeOffset.UtcNow));
        }
    }

    private CaseReport NextCase() => cases.Next(SampleCases.KnownClinic, DateTimeOffset.UtcNow);

    private TerminalSession OpenSession() => new(server, gateway.TerminalId, gateway.Secret, CallTimeout);

    private Task<CaseOutbox> NewOutboxAsync() => CaseOutbox.OpenAsync(Path.Combine(gateway.Folder, $"outbox-{Guid.NewGuid():N}.db"));

    private LinkBytes Bytes() => link?.Bytes.Snapshot() ?? default;

    /// <summary>Lets the bytes still in flight land (the terminal's flow-control updates after an answer), so they count with the exchange that caused them.</summary>
    private Task SettleAsync() => link is null ? Task.CompletedTask : Task.Delay(link.Settings.RoundTrip);
}
