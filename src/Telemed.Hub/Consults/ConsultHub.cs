using Google.Protobuf;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Telemed.Hub.Calls;
using Triage.Contracts;
using Triage.Contracts.V1;
using Triage.Data.Audit;
using Triage.Data.Cases;
using Triage.Data.Consults;

namespace Telemed.Hub.Consults;

/// <summary>
/// The specialists' side of teleconsultation. Group membership and every permission come from the stored
/// specialist (region, specialties) and the stored consult, re-derived on each connection and call.
/// </summary>
[Authorize(Roles = SpecialistRole.Name)]
public sealed class ConsultHub(
    ConsultWorkflow workflow,
    ConsultStore consults,
    CaseStore cases,
    SpecialistDirectory specialists,
    ConsultVisibility visibility,
    ConsultCalls calls,
    AuditLog audit) : Hub<IConsultClient>
{
    public const string Path = "/hubs/consult";

    public override async Task OnConnectedAsync()
    {
        var me = await MeAsync();
        foreach (var specialty in me.Specialties)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ConsultGroups.Specialty(me.RegionId, specialty), Cancellation);
        }

        foreach (var region in await specialists.EscalationRegionsForAsync(me, Cancellation))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ConsultGroups.Escalations(region), Cancellation);
        }

        await base.OnConnectedAsync();
    }

    /// <summary>The caller's queue: consults they may see that are not concluded, emergencies first, then longest waiting.</summary>
    public async Task<IReadOnlyList<ConsultSummary>> GetQueue()
    {
        var me = await MeAsync();
        var visible = await visibility.VisibleAmongAsync(me, await consults.ActiveAsync(Cancellation), Cancellation);
        await Audit(me, "queue.read", null, allowed: true);
        return visible.OrderByDescending(c => c.Level).ThenBy(c => c.OpenedAtUtc).Select(c => c.ToSummary()).ToList();
    }

    /// <summary>The case behind a consult, with its whole history.</summary>
    public async Task<ConsultCaseView> OpenCase(string consultId)
    {
        var (me, consult) = await VisibleAsync(consultId, "consult.read");
        var stored = await cases.FindAsync(consult.CaseId.ToString(), Cancellation)
            ?? throw new HubException("The case of this consult is missing.");
        var events = await cases.EventsAfterAsync(consult.CaseId, 0, Cancellation);
        return new ConsultCaseView(
            consult.ToSummary(),
            JsonFormatter.Default.Format(CaseReport.Parser.ParseFrom(stored.Report)),
            JsonFormatter.Default.Format(TriageResult.Parser.ParseFrom(stored.Result)),
            events.Select(e => e.ToNotice(consult.Id)).ToList());
    }

    /// <summary>Catch-up after a reconnect: every event after <paramref name="afterSequence"/>, in order.</summary>
    public async Task<IReadOnlyList<CaseEventNotice>> GetEvents(string consultId, long afterSequence)
    {
        var (_, consult) = await VisibleAsync(consultId, "consult.events.read");
        var events = await cases.EventsAfterAsync(consult.CaseId, Math.Max(afterSequence, 0), Cancellation);
        return events.Select(e => e.ToNotice(consult.Id)).ToList();
    }

    public async Task<ClaimOutcome> Claim(string consultId)
    {
        var (me, consult) = await VisibleAsync(consultId, "consult.claim");
        return await workflow.ClaimAsync(me, consult.Id, Cancellation);
    }

    public async Task Release(string consultId)
    {
        var (me, consult) = await VisibleAsync(consultId, "consult.release");
        Require(await workflow.ReleaseAsync(me, consult.Id, Cancellation), "Only the specialist who holds a claimed consult can release it.");
    }

    public async Task Transfer(string consultId, string toSpecialistId)
    {
        var (me, consult) = await VisibleAsync(consultId, "consult.transfer");
        var to = await specialists.FindAsync(toSpecialistId ?? "", Cancellation) ?? throw new HubException($"No specialist '{toSpecialistId}'.");
        Require(await workflow.TransferAsync(me, to, consult.Id, Cancellation), "Only the specialist who holds a claimed consult can transfer it.");
    }

    /// <summary>Sends a message to the feldsher; returns its sequence number. A retry with the same clientMessageId is stored once.</summary>
    public async Task<long> SendMessage(string consultId, string text, string clientMessageId)
    {
        var (me, consult) = await VisibleAsync(consultId, "consult.message");
        if (string.IsNullOrWhiteSpace(text) || text.Length > ConsultMessageLimit.MaxLength)
        {
            throw new HubException($"text must be 1 to {ConsultMessageLimit.MaxLength} characters.");
        }

        if (!Guid.TryParse(clientMessageId, out _))
        {
            throw new HubException("clientMessageId must be a UUID.");
        }

        var change = await workflow.SendMessageAsync(consult.Id, MessageAuthor.Specialist, me.Id, me.Name, text, clientMessageId, Cancellation);
        return change.Event?.Sequence ?? throw new HubException("The consult is concluded and read-only.");
    }

    public async Task Conclude(string consultId, ConclusionRequest conclusion)
    {
        var (me, consult) = await VisibleAsync(consultId, "consult.conclude");
        var (valid, errors) = ConclusionValidator.Validate(conclusion);
        if (valid is null)
        {
            throw new HubException(string.Join("; ", errors));
        }

        Require(await workflow.ConcludeAsync(me, consult.Id, valid, Cancellation), "Only the specialist who holds a claimed consult can conclude it; a concluded consult is read-only.");
    }

    /// <summary>Calls the feldsher of a consult the caller holds; their page rings.</summary>
    public async Task<CallTicket> StartCall(string consultId)
    {
        var (me, consult) = await CallPartyAsync(consultId, "call.start");
        return await Refusing(() => calls.StartAsync(consult, Party(me), Cancellation));
    }

    /// <summary>Answers the feldsher's call: the ICE servers, with this call's TURN credential.</summary>
    public async Task<CallTicket> JoinCall(string consultId, string callId)
    {
        var (_, consult) = await CallPartyAsync(consultId, "call.join");
        return await Refusing(() => calls.JoinAsync(consult, callId ?? "", Cancellation));
    }

    /// <summary>An offer, answer, ICE candidate or mode for the feldsher's browser; passed on, not stored.</summary>
    public async Task SendCallSignal(string consultId, string callId, string kind, string payload)
    {
        var (_, consult) = await CallPartyAsync(consultId, "call.signal");
        var signal = new CallSignal
        {
            CaseId = consult.CaseId.ToString(),
            CallId = callId ?? "",
            Kind = WireName.TryParse<CallSignalKind>(kind ?? "", out var parsed) ? parsed : CallSignalKind.Unspecified,
            Payload = payload ?? "",
            Sender = MessageAuthor.Specialist,
        };
        await Refusing(() => calls.RelayAsync(consult, signal));
    }

    public async Task<CallEndedView> EndCall(string consultId, string callId)
    {
        // A call may outlast the consult: the specialist who concluded it can still hang up.
        var (me, consult) = await CallPartyAsync(consultId, "call.end", evenConcluded: true);
        var ended = await Refusing(() => calls.EndAsync(consult, callId ?? "", Party(me), ConsultCalls.HungUp, Cancellation));
        return new CallEndedView(ended.CallId, ended.DurationSeconds);
    }

    private CancellationToken Cancellation => Context.ConnectionAborted;

    /// <summary>
    /// A call is between the consult's two parties only: of specialists, the one holding it. Seeing the consult in a
    /// queue is not enough. The answer is audited either way, and a refusal looks like a missing consult.
    /// </summary>
    private async Task<(Specialist Me, Consult Consult)> CallPartyAsync(string consultId, string action, bool evenConcluded = false)
    {
        var me = await MeAsync();
        var consult = Guid.TryParse(consultId, out var id) ? await consults.FindAsync(id, Cancellation) : null;
        var allowed = consult is not null && consult.ClaimedBy == me.Id
            && (consult.State == ConsultState.Claimed || (evenConcluded && consult.State == ConsultState.Concluded));
        await Audit(me, action, consult?.CaseId, allowed);
        return allowed ? (me, consult!) : throw new HubException($"No consult '{consultId}' that you hold.");
    }

    private static CallParty Party(Specialist me) => new(MessageAuthor.Specialist, me.Id, me.Name);

    private static async Task<T> Refusing<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (CallRefusedException e)
        {
            throw new HubException(e.Message);
        }
    }

    private static Task Refusing(Func<Task> step) => Refusing(async () =>
    {
        await step();
        return true;
    });

    private async Task<Specialist> MeAsync() =>
        await specialists.FindAsync(Context.UserIdentifier ?? "", Cancellation)
        ?? throw new HubException("This token names no registered specialist.");

    /// <summary>Loads a consult the caller may see, auditing the access either way; a hidden consult looks like a missing one.</summary>
    private async Task<(Specialist Me, Consult Consult)> VisibleAsync(string consultId, string action)
    {
        var me = await MeAsync();
        var consult = Guid.TryParse(consultId, out var id) ? await consults.FindAsync(id, Cancellation) : null;
        return await visibility.CheckAsync(me.Id, me, consult, action, null, Source, Cancellation) ? (me, consult!) : throw new HubException($"No consult '{consultId}' in your queue.");
    }

    private string Source => Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? "";

    private Task Audit(Specialist me, string action, Guid? caseId, bool allowed) =>
        audit.RecordAsync(me.Id, SpecialistRole.Name, action, caseId, allowed, Source, Cancellation);

    private static void Require(bool applied, string otherwise)
    {
        if (!applied)
        {
            throw new HubException(otherwise);
        }
    }
}
