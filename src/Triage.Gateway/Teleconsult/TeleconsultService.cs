using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Telemed.Hub.Calls;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Data.Cases;
using Triage.Data.Consults;
using Triage.Engine;
using Triage.Engine.Wire;
using Triage.Gateway.Auth;
using Triage.Gateway.Intake;

namespace Triage.Gateway.Teleconsult;

/// <summary>The feldsher's side of a consult over gRPC; thin: storage and workflow do the work.</summary>
[Authorize(Roles = FeldsherRole.Name)]
public sealed class TeleconsultService(
    CaseStore cases,
    CaseAccess access,
    ConsultStore consults,
    ConsultWorkflow workflow,
    TriageEngine engine,
    AttachmentStore attachments,
    ConsultCalls calls,
    CallSignalBoard signals,
    TimeProvider clock) : Contracts.V1.Teleconsult.TeleconsultBase
{
    public const int MaxReasonLength = 1000;

    public override async Task<ConsultOpened> RequestConsult(RequestConsultRequest request, ServerCallContext context)
    {
        RequireLength(request.Reason, "reason", 0, MaxReasonLength);
        var stored = await FindCaseAsync(request.CaseId, "consult.request", context);
        return await workflow.RequestAsync(stored.Id, Report(stored), Result(stored), request.Reason, context.CancellationToken);
    }

    public override async Task<SendConsultMessageResponse> SendConsultMessage(SendConsultMessageRequest request, ServerCallContext context)
    {
        RequireLength(request.Text, "text", 1, ConsultMessageLimit.MaxLength);
        if (!Guid.TryParseExact(request.ClientMessageId, "D", out _))
        {
            throw new CaseValidationException([new FieldViolation("client_message_id", $"must be a UUID; got '{request.ClientMessageId}'")]);
        }

        var (stored, consult) = await ConsultOfAsync(request.CaseId, "consult.message", context);
        var change = await workflow.SendMessageAsync(consult.Id, MessageAuthor.Feldsher, stored.ClinicId, stored.ClinicId, request.Text, request.ClientMessageId, context.CancellationToken);
        return change.Event is { } stamped
            ? new SendConsultMessageResponse { Sequence = stamped.Sequence, Duplicate = !change.Applied }
            : throw new RpcException(new Status(StatusCode.FailedPrecondition, "The consult is concluded and read-only."));
    }

    public override async Task<TriageResult> UpdateVitals(UpdateVitalsRequest request, ServerCallContext context)
    {
        var stored = await FindCaseAsync(request.CaseId, "case.update_vitals", context);
        if (await consults.FindByCaseAsync(stored.Id, context.CancellationToken) is { State: ConsultState.Concluded })
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, "The consult is concluded and read-only."));
        }

        var updated = Report(stored);
        updated.Vitals = request.Vitals;
        updated.RecordedAt = request.RecordedAt;
        var now = clock.GetUtcNow();
        var violations = CaseReportValidator.Validate(updated, now)
            .Select(v => v with { Field = v.Field.Replace("case.", "", StringComparison.Ordinal) })
            .Where(v => v.Field.StartsWith("vitals", StringComparison.Ordinal) || v.Field == "recorded_at")
            .ToList();
        if (request.Vitals is null)
        {
            violations.Add(new FieldViolation("vitals", "required"));
        }

        if (violations.Count > 0)
        {
            throw new CaseValidationException(violations);
        }

        var result = engine.Assess(updated.ToClinicalCase()).ToResult(stored.Id.ToString(), stored.ClientCaseId, now);
        await workflow.RecordCaseEventAsync(stored.Id, e => e.Retriaged = new CaseRetriaged { Result = result, Vitals = request.Vitals }, context.CancellationToken);
        return result;
    }

    public override async Task<AttachmentReceipt> UploadAttachment(IAsyncStreamReader<AttachmentChunk> requestStream, ServerCallContext context)
    {
        if (!await requestStream.MoveNext(context.CancellationToken))
        {
            throw new CaseValidationException([new FieldViolation("chunk", "an upload needs at least one chunk")]);
        }

        var first = requestStream.Current;
        var stored = await FindCaseAsync(first.CaseId, "attachment.upload", context);
        var attachment = await attachments.BeginOrResumeAsync(first, stored.Id, context.CancellationToken);
        var chunk = first;
        while (true)
        {
            if (attachment.CompletedAtUtc is null)
            {
                attachment = await attachments.AppendAsync(attachment, chunk, context.CancellationToken);
                if (attachment.CompletedAtUtc is not null)
                {
                    var done = attachment;
                    await workflow.RecordCaseEventAsync(stored.Id, e => e.AttachmentAdded = new AttachmentAdded
                    {
                        AttachmentId = done.Id.ToString(),
                        FileName = done.FileName,
                        ContentType = done.ContentType,
                        Size = done.TotalSize,
                        Sha256 = done.Sha256,
                    }, context.CancellationToken);
                }
            }

            if (!await requestStream.MoveNext(context.CancellationToken))
            {
                break;
            }

            chunk = requestStream.Current;
        }

        return new AttachmentReceipt
        {
            AttachmentId = attachment.Id.ToString(),
            ReceivedBytes = attachment.ReceivedBytes,
            Complete = attachment.CompletedAtUtc is not null,
            Sha256 = attachment.Sha256 ?? "",
        };
    }

    public override async Task<UploadOffset> GetUploadOffset(GetUploadOffsetRequest request, ServerCallContext context)
    {
        var attachment = await attachments.FindAsync(AttachmentStore.ParseId(request.AttachmentId), context.CancellationToken);
        if (attachment is not null)
        {
            await FindCaseAsync(attachment.CaseId.ToString(), "attachment.offset", context);
        }

        return new UploadOffset
        {
            AttachmentId = request.AttachmentId,
            ReceivedBytes = attachment?.ReceivedBytes ?? 0,
            Complete = attachment?.CompletedAtUtc is not null,
        };
    }

    public override async Task<CallSetup> StartCall(StartCallRequest request, ServerCallContext context)
    {
        var (stored, consult) = await ConsultOfAsync(request.CaseId, "call.start", context);
        return Setup(await calls.StartAsync(consult, Feldsher(stored), context.CancellationToken));
    }

    public override async Task<CallSetup> JoinCall(JoinCallRequest request, ServerCallContext context)
    {
        var (_, consult) = await ConsultOfAsync(request.CaseId, "call.join", context);
        return Setup(await calls.JoinAsync(consult, request.CallId, context.CancellationToken));
    }

    public override async Task<CallSignalReceipt> SendCallSignal(CallSignal request, ServerCallContext context)
    {
        var (stored, consult) = await ConsultOfAsync(request.CaseId, "call.signal", context);
        var signal = request.Clone();
        signal.CaseId = stored.Id.ToString();
        signal.Sender = MessageAuthor.Feldsher;
        await calls.RelayAsync(consult, signal);
        return new CallSignalReceipt();
    }

    public override async Task WatchCallSignals(WatchCallSignalsRequest request, IServerStreamWriter<CallSignal> responseStream, ServerCallContext context)
    {
        var (stored, _) = await ConsultOfAsync(request.CaseId, "call.watch", context);
        using var listener = signals.Subscribe(stored.Id.ToString());
        // The headers tell the terminal it is listening, so its page may now answer the ring without losing a signal.
        await context.WriteResponseHeadersAsync([]);
        try
        {
            await foreach (var signal in listener.Items.ReadAllAsync(context.CancellationToken))
            {
                await responseStream.WriteAsync(signal, context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The terminal stopped listening: the page left the call.
        }
    }

    public override async Task<CallEnded> EndCall(EndCallRequest request, ServerCallContext context)
    {
        var (stored, consult) = await ConsultOfAsync(request.CaseId, "call.end", context);
        return await calls.EndAsync(consult, request.CallId, Feldsher(stored), ConsultCalls.HungUp, context.CancellationToken);
    }

    /// <summary>The case and its consult, once the caller is known to be its clinic's terminal.</summary>
    private async Task<(StoredCase Stored, Consult Consult)> ConsultOfAsync(string caseId, string action, ServerCallContext context)
    {
        var stored = await FindCaseAsync(caseId, action, context);
        var consult = await consults.FindByCaseAsync(stored.Id, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.FailedPrecondition, "This case has no consult; call RequestConsult first."));
        return (stored, consult);
    }

    private static CallParty Feldsher(StoredCase stored) => new(MessageAuthor.Feldsher, stored.ClinicId, stored.ClinicId);

    private static CallSetup Setup(CallTicket ticket) => new()
    {
        CallId = ticket.CallId,
        ConsultId = ticket.ConsultId,
        IceServers = { ticket.IceServers.Select(s => new IceServer { Urls = { s.Urls }, Username = s.Username ?? "", Credential = s.Credential ?? "" }) },
        RelayOnly = ticket.RelayOnly,
    };

    /// <summary>The case, once the caller is known to be its clinic's terminal; the access is audited as <paramref name="action"/>.</summary>
    private async Task<StoredCase> FindCaseAsync(string caseId, string action, ServerCallContext context)
    {
        var stored = await cases.FindAsync(caseId, context.CancellationToken) ?? throw new CaseNotFoundException(caseId);
        await access.EnsureAsync(context.GetHttpContext().User, stored, action, context.Peer, context.CancellationToken);
        return stored;
    }

    private static CaseReport Report(StoredCase stored) => CaseReport.Parser.ParseFrom(stored.Report);

    private static TriageResult Result(StoredCase stored) => TriageResult.Parser.ParseFrom(stored.Result);

    private static void RequireLength(string value, string field, int min, int max)
    {
        if (value.Length < min || value.Length > max)
        {
            throw new CaseValidationException([new FieldViolation(field, $"must be {min} to {max} characters; got {value.Length}")]);
        }
    }
}
