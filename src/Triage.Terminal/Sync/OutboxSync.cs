using Triage.Contracts;
using Grpc.Core;
using Triage.Contracts.V1;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.Sync;

/// <summary>
/// Forwards the outbox through <c>SyncCases</c>, a batch per call, and records every answer as it arrives.
/// Resumable by construction: each call starts from what the outbox still has due, so what was acknowledged
/// is never sent again and what was not is sent again; the gateway stores a resent case only once.
/// </summary>
public sealed class OutboxSync(CaseOutbox outbox, TerminalSession session, SyncSettings settings, Action<string>? onRetry = null)
{
    private int acknowledged;
    private int refused;
    private int interruptions;

    public async Task<SyncReport> RunAsync(IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var due = (await outbox.CountAsync(cancellationToken)).Pending;
        var pipeline = LinkResilience.Create(settings.Retry, session, onRetry);
        progress?.Report(new SyncProgress(0, due));
        string? lastError = null;
        try
        {
            while ((await outbox.CountAsync(cancellationToken)).Pending > 0)
            {
                await pipeline.ExecuteAsync(async token => await RoundAsync(due, progress, token), cancellationToken);
            }
        }
        catch (Exception e) when (TransientFaults.IsTransient(e))
        {
            // Out of patience: what is left stays in the outbox for the next sync.
            lastError = LinkResilience.Describe(e);
        }

        var left = (await outbox.CountAsync(CancellationToken.None)).Pending;
        return new SyncReport(acknowledged, refused, left, interruptions, lastError);
    }

    private async Task RoundAsync(int due, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var batch = await outbox.PendingAsync(settings.BatchSize, cancellationToken);
        if (batch.Count == 0)
        {
            return;
        }

        await session.SignInAsync(cancellationToken);
        await outbox.MarkSentAsync(batch.Select(e => e.ClientCaseId), cancellationToken);
        var sent = batch.ToDictionary(e => e.ClientCaseId, StringComparer.Ordinal);
        var answered = 0;
        try
        {
            await using (var recorder = new AnswerRecorder(outbox, answers => Counted(answers, due, progress)))
            {
                using var call = session.Intake.SyncCases(deadline: session.Deadline(settings.BatchDeadline), cancellationToken: cancellationToken);
                var sending = SendAsync(call.RequestStream, batch, cancellationToken);
                try
                {
                    await foreach (var ack in call.ResponseStream.ReadAllAsync(cancellationToken))
                    {
                        if (Answer(ack, sent) is { } answer)
                        {
                            recorder.Add(answer);
                            answered++;
                        }
                    }
                }
                finally
                {
                    // A broken call fails the sending side too; that failure is the same one already being handled.
                    _ = sending.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
                }

                await sending;
            }
        }
        catch (Exception e) when (answered > 0 && TransientFaults.IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            // The link broke after some progress: go on at once rather than spend a retry and a pause on it.
            Interlocked.Increment(ref interruptions);
            if (e is RpcException { StatusCode: StatusCode.Unauthenticated })
            {
                session.Forget();
            }

            return;
        }

        if (answered == 0)
        {
            throw new SyncStalledException($"the gateway answered none of {batch.Count} cases");
        }
    }

    private static async Task SendAsync(IClientStreamWriter<SubmitCaseRequest> requests, IReadOnlyList<OutboxEntry> batch, CancellationToken cancellationToken)
    {
        foreach (var entry in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = new SubmitCaseRequest { Case = entry.Report };
            if (entry.LocalResult is { } local)
            {
                request.LocalResultDigest = ResultDigest.Of(local);
            }

            await requests.WriteAsync(request);
        }

        await requests.CompleteAsync();
    }

    /// <summary>The final answer an acknowledgement carries, or null when the case should be sent again.</summary>
    private static OutboxAnswer? Answer(SyncAck ack, IReadOnlyDictionary<string, OutboxEntry> sent)
    {
        if (ack.Accepted && ack.MatchesLocalResult && sent.GetValueOrDefault(ack.ClientCaseId)?.LocalResult is { } local)
        {
            // The gateway reached the same result: it is the local assessment under the gateway's case id.
            var result = local.Clone();
            result.CaseId = ack.CaseId;
            return OutboxAnswer.Stored(ack.ClientCaseId, result);
        }

        if (ack.Accepted && ack.Result is not null)
        {
            return OutboxAnswer.Stored(ack.ClientCaseId, ack.Result);
        }

        return TransientFaults.IsFinalRefusal(ack.ErrorCode) ? OutboxAnswer.Refused(ack.ClientCaseId, $"{ack.ErrorCode}: {ack.Error}") : null;
    }

    private void Counted(IReadOnlyCollection<OutboxAnswer> answers, int due, IProgress<SyncProgress>? progress)
    {
        var stored = answers.Count(a => a.Result is not null);
        Interlocked.Add(ref acknowledged, stored);
        Interlocked.Add(ref refused, answers.Count - stored);
        progress?.Report(new SyncProgress(acknowledged + refused, due));
    }
}
