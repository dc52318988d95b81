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
    [Authorize(Roles = FeldsherRole.Name)]
    public override async Task<SubmitCaseResponse> SubmitCase(SubmitCaseRequest request, ServerCallContext context)
    {
        var outcome = await intake.SubmitAsync(request.Case, context.GetHttpContext().User, context.Peer, context.CancellationToken);
        return new SubmitCaseResponse { Result = outcome.Result, Duplicate = outcome.Duplicate };
    }

    /// <summary>Answers every case on its own, so one bad case never blocks the rest of a terminal's queue.</summary>
    [Authorize(Roles = FeldsherRole.Name)]
    public override async Task SyncCases(IAsyncStreamReader<SubmitCaseRequest> requestStream, IServerStreamWriter<SyncAck> responseStream, ServerCallContext context)
    {
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            var ack = new SyncAck { ClientCaseId = request.Case?.ClientCaseId ?? "" };
            try
            {
                var outcome = await intake.SubmitAsync(request.Case, context.GetHttpContext().User, context.Peer, context.CancellationToken);
                (ack.Accepted, ack.Result, ack.Duplicate) = (true, outcome.Result, outcome.Duplicate);
            }
            catch (Exception e) when (GrpcErrors.ToRpcException(e) is { } refusal)
            {
                (ack.Error, ack.ErrorCode) = (refusal.Status.Detail, GrpcErrors.CodeName(refusal.StatusCode));
            }

            await responseStream.WriteAsync(ack, context.CancellationToken);
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
            await foreach (var caseEvent in subscription.Events.ReadAllAsync(context.CancellationToken))
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
