using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.SignalR;
using Telemed.Hub.Consults;
using Triage.Contracts;
using Triage.Contracts.V1;
using Triage.Data.Cases;
using Triage.Data.Consults;

namespace Telemed.Hub.Calls;

/// <summary>
/// Calls on a claimed consult, between its specialist and its clinic's feldsher; callers have already checked that
/// the party is one of the two. A call's start and end are case events (persist, then notify), which is also how the
/// other side is rung; signals only pass through: the feldsher's to the specialist's connections, the specialist's
/// to the terminal listening for the case.
/// </summary>
public sealed class ConsultCalls(
    ConsultStore consults,
    CaseStore cases,
    ConsultNotifier notifier,
    CallSignalBoard board,
    IHubContext<ConsultHub, IConsultClient> hub,
    IceServerIssuer iceServers,
    TimeProvider clock)
{
    /// <summary>An SDP with many codecs and candidates stays well under this; anything larger is not a browser's signal.</summary>
    public const int MaxPayloadLength = 32 * 1024;

    public const string HungUp = "hung up";

    public const string Replaced = "replaced";

    /// <summary>Starts a call and rings the other side; a call still going on the consult ends first, replaced by this one.</summary>
    public async Task<CallTicket> StartAsync(Consult consult, CallParty by, CancellationToken cancellationToken)
    {
        RequireClaimed(consult);
        if (Active(await HistoryAsync(consult, cancellationToken)) is { } running)
        {
            await EndAsync(consult, running.CallId, by, Replaced, cancellationToken);
        }

        var callId = Guid.NewGuid().ToString();
        var change = await consults.AppendToActiveAsync(consult.Id, _ => false, (e, c) => e.CallStarted = new CallStarted
        {
            ConsultId = c.Id.ToString(),
            CallId = callId,
            StartedBy = by.Side,
            StarterId = by.Id,
            StarterName = by.Name,
        }, cancellationToken);
        if (!change.Applied)
        {
            throw new CallRefusedException("The consult is concluded and read-only.");
        }

        await notifier.PublishAsync(change.Consult, [change.Event!]);
        return Ticket(consult, callId);
    }

    /// <summary>The ICE servers for answering the call that is ringing.</summary>
    public async Task<CallTicket> JoinAsync(Consult consult, string callId, CancellationToken cancellationToken)
    {
        RequireClaimed(consult);
        return Active(await HistoryAsync(consult, cancellationToken))?.CallId == callId
            ? Ticket(consult, callId)
            : throw new CallRefusedException($"Call '{callId}' is not going on in this consult: it has ended or never began.");
    }

    /// <summary>Passes a signal to the other party; <see cref="CallSignal.Sender"/> says who sent it.</summary>
    public async Task RelayAsync(Consult consult, CallSignal signal)
    {
        RequireClaimed(consult);
        if (signal.Kind == CallSignalKind.Unspecified || !System.Enum.IsDefined(signal.Kind))
        {
            throw new CallRefusedException("kind must be OFFER, ANSWER, ICE_CANDIDATE or MODE.");
        }

        if (!Guid.TryParseExact(signal.CallId, "D", out _))
        {
            throw new CallRefusedException($"callId must be a UUID; got '{signal.CallId}'.");
        }

        if (signal.Payload.Length is 0 or > MaxPayloadLength)
        {
            throw new CallRefusedException($"payload must be 1 to {MaxPayloadLength} characters; got {signal.Payload.Length}.");
        }

        if (signal.Sender == MessageAuthor.Specialist)
        {
            board.Publish(signal);
        }
        else
        {
            await hub.Clients.User(consult.ClaimedBy!).CallSignal(new CallSignalNotice(consult.Id.ToString(), signal.CallId, WireName.Of(signal.Kind), signal.Payload));
        }
    }

    /// <summary>Ends a call once; hanging up a call that already ended returns how it ended.</summary>
    public async Task<CallEnded> EndAsync(Consult consult, string callId, CallParty by, string reason, CancellationToken cancellationToken)
    {
        var history = await HistoryAsync(consult, cancellationToken);
        var started = history.LastOrDefault(e => e.CallStarted?.CallId == callId)
            ?? throw new CallRefusedException($"There is no call '{callId}' in this consult.");
        if (history.FirstOrDefault(e => e.CallEnded?.CallId == callId) is { } earlier)
        {
            return earlier.CallEnded;
        }

        var ended = new CallEnded
        {
            ConsultId = consult.Id.ToString(),
            CallId = callId,
            EndedBy = by.Side,
            EnderId = by.Id,
            DurationSeconds = (long)(clock.GetUtcNow() - started.OccurredAt.ToDateTimeOffset()).TotalSeconds,
            Reason = reason,
        };
        var change = await consults.AppendToActiveAsync(consult.Id, e => e.CallEnded?.CallId == callId, (e, _) => e.CallEnded = ended, cancellationToken);
        var caseEvent = change.Event
            // A consult concluded during the call: its record still gets the end of the call.
            ?? await consults.AppendToCaseAsync(consult.CaseId, e => e.CallEnded = ended, cancellationToken);
        if (change.Applied || change.Event is null)
        {
            await notifier.PublishAsync(change.Consult, [caseEvent]);
        }

        return caseEvent.CallEnded;
    }

    /// <summary>The call going on in a consult: the last call started, unless it has ended.</summary>
    public static CallStarted? Active(IEnumerable<CaseEvent> history) =>
        history.LastOrDefault(e => e.CallStarted is not null || e.CallEnded is not null)?.CallStarted;

    private async Task<IReadOnlyList<CaseEvent>> HistoryAsync(Consult consult, CancellationToken cancellationToken) =>
        await cases.EventsAfterAsync(consult.CaseId, 0, cancellationToken);

    private CallTicket Ticket(Consult consult, string callId) => new(callId, consult.Id.ToString(), iceServers.For(callId), iceServers.RelayOnly);

    private static void RequireClaimed(Consult consult)
    {
        if (consult.State != ConsultState.Claimed || consult.ClaimedBy is null)
        {
            throw new CallRefusedException(consult.State == ConsultState.Concluded
                ? "The consult is concluded and read-only."
                : "No specialist holds this consult yet; a call needs one.");
        }
    }
}
