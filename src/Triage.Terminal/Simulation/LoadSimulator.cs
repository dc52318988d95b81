using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.Simulation;

/// <summary>
/// Many clinic terminals at once, each doing what a real one does with every case: write it to its own outbox,
/// submit it (with the terminal's retries and deadlines), record the answer. Cases are started on an open-loop
/// schedule at the target rate, so a slow gateway shows up as latency rather than as a politely lower rate.
/// </summary>
public sealed class LoadSimulator(ICaseSource cases, Func<TerminalSession> openSession, RetrySettings retry, string outboxFolder)
{
    private readonly ConcurrentQueue<double> latencies = new();
    private int acknowledged;
    private int refused;
    private int unsent;
    private int throttled;

    /// <param name="rate">Cases per second over all terminals; 0 for as fast as each terminal can go.</param>
    public async Task<SimulationReport> RunAsync(int clinics, string clinicId, int count, double rate, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clinics).Select(i =>
            TerminalAsync(i, clinics, clinicId, count, rate, start, progress, cancellationToken)));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new SimulationReport(clinics, count, rate, acknowledged, refused, unsent, throttled, seconds, acknowledged / seconds, LatencyPercentiles.Of(latencies));
    }

    private async Task TerminalAsync(int index, int clinics, string clinicId, int count, double rate, long start, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        await using var outbox = await CaseOutbox.OpenAsync(Path.Combine(outboxFolder, $"terminal-{index:000}.db"), cancellationToken: cancellationToken);
        using var session = openSession();
        var pipeline = LinkResilience.Create(retry, session);

        // Case k overall belongs to terminal k mod clinics and is due at k / rate seconds.
        for (var k = index; k < count; k += clinics)
        {
            if (rate > 0 && TimeSpan.FromSeconds(k / rate) - Stopwatch.GetElapsedTime(start) is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var report = cases.Next(clinicId, DateTimeOffset.UtcNow);
            await outbox.EnqueueAsync(report, cancellationToken);
            var sent = Stopwatch.GetTimestamp();
            try
            {
                var response = await pipeline.ExecuteAsync(async token =>
                {
                    await session.SignInAsync(token);
                    try
                    {
                        return await session.Intake.SubmitCaseAsync(new SubmitCaseRequest { Case = report }, deadline: session.Deadline(), cancellationToken: token);
                    }
                    catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted)
                    {
                        // Counted so the report can tell a gateway's per-terminal rate limit from its capacity.
                        Interlocked.Increment(ref throttled);
                        throw;
                    }
                }, cancellationToken);
                latencies.Enqueue(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                await outbox.RecordAsync([OutboxAnswer.Stored(report.ClientCaseId, response.Result)], CancellationToken.None);
                Interlocked.Increment(ref acknowledged);
            }
            catch (RpcException e) when (!TransientFaults.IsTransient(e))
            {
                await outbox.RecordAsync([OutboxAnswer.Refused(report.ClientCaseId, $"{e.StatusCode}: {e.Status.Detail}")], CancellationToken.None);
                Interlocked.Increment(ref refused);
            }
            catch (Exception e) when (e is SignInRefusedException || TransientFaults.IsTransient(e))
            {
                // Stays queued in this terminal's outbox, as it would at a health post.
                Interlocked.Increment(ref unsent);
            }

            progress?.Report((Volatile.Read(ref acknowledged) + Volatile.Read(ref refused) + Volatile.Read(ref unsent), count));
        }
    }
}
