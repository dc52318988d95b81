using Triage.Contracts;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Telemed.Hub.Events;
using Triage.Contracts.V1;
using Triage.Data.Cases;
using Triage.Engine.Wire;
using Triage.Gateway.Auth;
using Triage.Gateway.Grpc;

namespace Triage.Gateway.Intake;

/// <summary>The gRPC face of intake; thin: each method delegates to <see cref="CaseIntake"/> or the store.</summary>
[Authorize]
public sealed class IntakeService(CaseIntake intake, CaseStore store, CaseAccess access, CaseEventFeed feed, ILogger<IntakeService> logger) : Contracts.V1.Intake.IntakeBase
{
    /// <summary>Cases of one sync taken at once: enough to fill a group commit, few enough to bound one caller's share.</summary>
    public const int SyncCasesInFlight = 64;

    [Authorize(Roles = FeldsherRole.Name)]
    public override async Task<SubmitCaseResponse> SubmitCase(SubmitCaseRequest request, ServerCallContext context)
    {
        var outcome = await intake.SubmitAsync(request.Case, context.GetHttpContext().User, context.Peer, context.CancellationToken);
        return new SubmitCaseResponse { Result = outcome.Result, Duplicate = outcome.Duplicate };
    }

    /// <summary>
    /// Answers every case on its own, so one bad case never blocks the rest of a terminal's queue. Up to
    /// <see cref="SyncCasesInFlight"/> cases of a queue are taken at once, so that they share commits; their acks
    /// go out in the order the cases came, each once its case is committed (or refused).
    /// </summary>
    [Authorize(Roles = FeldsherRole.Name)]
    public override async Task SyncCases(IAsyncStreamReader<SubmitCaseRequest> requestStream, IServerStreamWriter<SyncAck> responseStream, ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        var cancellationToken = context.CancellationToken;
        var inFlight = new SemaphoreSlim(SyncCasesInFlight);
        var answers = Channel.CreateUnbounded<Task<SyncAck?>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var writing = WriteAcksAsync(answers.Reader, responseStream, inFlight, cancellationToken);
        ExceptionDispatchInfo? broken = null;
        try
        {
            await foreach (var request in requestStream.ReadAllAsync(cancellationToken))
            {
                // A slot is freed when the case's ack is on the wire: a caller that stops reading stops being served.
                await inFlight.WaitAsync(cancellationToken);
                answers.Writer.TryWrite(AnswerAsync(request, user, context.Peer, cancellationToken));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A broken message ends the stream, but the cases that came before it are still answered first.
            broken = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            answers.Writer.TryComplete();
        }

        await writing;
        broken?.Throw();
    }

    /// <summary>The case's ack, or null when the caller left before it was answered.</summary>
    private async Task<SyncAck?> AnswerAsync(SubmitCaseRequest request, System.Security.Claims.ClaimsPrincipal user, string peer, CancellationToken cancellationToken)
    {
        var ack = new SyncAck { ClientCaseId = request.Case?.ClientCaseId ?? "" };
        try
        {
            var outcome = await intake.SubmitAsync(request.Case, user, peer, cancellationToken);
            (ack.Accepted, ack.Duplicate) = (true, outcome.Duplicate);
            if (!request.LocalResultDigest.IsEmpty && request.LocalResultDigest.Equals(ResultDigest.Of(outcome.Result)))
            {
                (ack.CaseId, ack.MatchesLocalResult) = (outcome.Result.CaseId, true);
            }
            else
            {
                ack.Result = outcome.Result;
            }
        }
        catch (Exception e) when (GrpcErrors.ToRpcException(e) is { } refusal)
        {
            (ack.Error, ack.ErrorCode) = (refusal.Status.Detail, GrpcErrors.CodeName(refusal.StatusCode));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            // A fault of ours with this case: the terminal keeps it and sends it again; the rest go on.
            logger.LogError(e, "Case from {Peer} not stored in a sync", peer);
            (ack.Error, ack.ErrorCode) = ("The gateway could not store this case now; send it again later.", GrpcErrors.CodeName(StatusCode.Unavailable));
        }

        return ack;
    }

    private static async Task WriteAcksAsync(ChannelReader<Task<SyncAck?>> answers, IServerStreamWriter<SyncAck> responseStream, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        await foreach (var answer in answers.ReadAllAsync(cancellationToken))
        {
            if (await answer is { } ack)
            {
                await responseStream.WriteAsync(ack, cancellationToken);
            }

            inFlight.Release();
        }
    }

    /// <summary>Sends the stored events after the caller's sequence, then each new one as it is committed, until the caller leaves.</summary>
    public override async Task WatchCase(WatchCaseRequest request, IServerStreamWriter<CaseEvent> responseStream, ServerCallContext context)
    {
        if (request.AfterSequence < 0)
        {
            throw new CaseValidationException([new FieldViolation("after_sequence", $"must be 0 or more; got {request.AfterSequence}")]);
        }

        var stored = await store.FindAsync(request.CaseId, context.CancellationToken) ?? throw new CaseNotFoundException(request.CaseId);
        await access.EnsureAsync(context.GetHttpContext().User, stored, "case.watch", context.Peer, context.CancellationToken);

        // Subscribe before reading storage, so an event committed in between is not missed; the sequence check drops repeats.
        using var subscription = feed.Subscribe(stored.Id.ToString());
        var lastSent = request.AfterSequence;
        foreach (var caseEvent in await store.EventsAfterAsync(stored.Id, lastSent, context.CancellationToken))
        {
            await responseStream.WriteAsync(caseEvent, context.CancellationToken);
            lastSent = caseEvent.Sequence;
        }

        try
        {
            await foreach (var caseEvent in subscription.Items.ReadAllAsync(context.CancellationToken))
            {
                if (caseEvent.Sequence > lastSent)
                {
                    await responseStream.WriteAsync(caseEvent, context.CancellationToken);
                    lastSent = caseEvent.Sequence;
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            logger.LogDebug("Watcher of case {CaseId} left after sequence {Sequence}", stored.Id, lastSent);
        }
    }

    public override async Task<CaseRecord> GetCase(GetCaseRequest request, ServerCallContext context)
    {
        var stored = await store.FindAsync(request.CaseId, context.CancellationToken) ?? throw new CaseNotFoundException(request.CaseId);
        await access.EnsureAsync(context.GetHttpContext().User, stored, "case.read", context.Peer, context.CancellationToken);
        return stored.ToRecord();
    }
}
