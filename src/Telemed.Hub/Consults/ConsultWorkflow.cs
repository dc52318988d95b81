using Triage.Contracts.V1;
using Triage.Data.Consults;
using Telemed.Hub.Routing;

namespace Telemed.Hub.Consults;

/// <summary>
/// The consult's life: opened (by the engine's level or the feldsher's request), claimed by one specialist,
/// released or transferred, talked about, concluded. Each step is stored with its event, then announced.
/// </summary>
public sealed class ConsultWorkflow(ConsultStore consults, ConsultRouter router, ConsultNotifier notifier, TimeProvider clock)
{
    public const string EngineRequester = "engine";

    /// <summary>Urgent and emergency cases get a specialist without anyone asking.</summary>
    public static bool OpensAutomatically(ReferralLevel level) => level >= ReferralLevel.UrgentReferral;

    /// <summary>Routes a consult for a case not yet stored; the caller stores both together.</summary>
    public async Task<(Consult Consult, ConsultOpened Opened)> PlanAsync(
        Guid caseId, CaseReport report, TriageResult result, string requestedBy, string reason, CancellationToken cancellationToken)
    {
        var child = report.Patient is { HasAgeYears: true, AgeYears: < 16, Pregnant: false };
        var route = await router.RouteAsync(report.ClinicId, result.Specialty, child, cancellationToken);
        var consult = new Consult
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            CaseId = caseId,
            ClinicId = report.ClinicId,
            Level = (int)result.ReferralLevel,
            Specialty = (int)route.Specialty,
            RegionId = route.RegionId,
            OpenedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        return (consult, Opened(consult, route, requestedBy, reason));
    }

    /// <summary>Opens a consult for a stored case on the feldsher's request; the one already open is returned as it is.</summary>
    public async Task<ConsultOpened> RequestAsync(Guid caseId, CaseReport report, TriageResult result, string reason, CancellationToken cancellationToken)
    {
        var (consult, opened) = await PlanAsync(caseId, report, result, report.ClinicId, reason, cancellationToken);
        var change = await consults.OpenAsync(consult, _ => opened, cancellationToken);
        if (change.Applied)
        {
            await notifier.PublishAsync(change.Consult, [change.Event!]);
            return opened;
        }

        return new ConsultOpened
        {
            ConsultId = change.Consult.Id.ToString(),
            CaseId = caseId.ToString(),
            Level = (ReferralLevel)change.Consult.Level,
            Specialty = (Specialty)change.Consult.Specialty,
            RegionId = change.Consult.RegionId,
            Route = "already open",
            SpecialistOnDuty = true,
        };
    }

    public async Task<ClaimOutcome> ClaimAsync(Specialist specialist, Guid consultId, CancellationToken cancellationToken)
    {
        var change = await consults.ClaimAsync(consultId, specialist, cancellationToken);
        await AnnounceAsync(change);
        return new ClaimOutcome(change.Applied, change.Consult.ClaimedBy);
    }

    public async Task<bool> ReleaseAsync(Specialist specialist, Guid consultId, CancellationToken cancellationToken) =>
        await AnnounceAsync(await consults.ReleaseAsync(consultId, specialist.Id, cancellationToken));

    public async Task<bool> TransferAsync(Specialist from, Specialist to, Guid consultId, CancellationToken cancellationToken) =>
        await AnnounceAsync(await consults.TransferAsync(consultId, from.Id, to, cancellationToken));

    public async Task<bool> ConcludeAsync(Specialist specialist, Guid consultId, ConsultConclusion conclusion, CancellationToken cancellationToken) =>
        await AnnounceAsync(await consults.ConcludeAsync(consultId, specialist, conclusion, cancellationToken));

    /// <summary>Stores a message once per client_message_id; false when the consult is concluded (read-only).</summary>
    public async Task<ConsultChange> SendMessageAsync(
        Guid consultId, MessageAuthor author, string authorId, string authorName, string text, string clientMessageId, CancellationToken cancellationToken)
    {
        var change = await consults.AppendToActiveAsync(
            consultId,
            e => e.Message is { } m && m.ClientMessageId == clientMessageId && m.AuthorId == authorId,
            (e, c) => e.Message = new ConsultMessage
            {
                ConsultId = c.Id.ToString(),
                Author = author,
                AuthorId = authorId,
                AuthorName = authorName,
                Text = text,
                ClientMessageId = clientMessageId,
            },
            cancellationToken);
        await AnnounceAsync(change);
        return change;
    }

    /// <summary>Stores an event of the case (new triage, an attachment) and tells the consult's audience, if there is a consult.</summary>
    public async Task<CaseEvent> RecordCaseEventAsync(Guid caseId, Action<CaseEvent> fill, CancellationToken cancellationToken)
    {
        var caseEvent = await consults.AppendToCaseAsync(caseId, fill, cancellationToken);
        await notifier.PublishAsync(await consults.FindByCaseAsync(caseId, cancellationToken), [caseEvent]);
        return caseEvent;
    }

    public async Task<bool> EscalateAsync(Consult consult, IReadOnlyList<string> regionIds, CancellationToken cancellationToken) =>
        await AnnounceAsync(await consults.EscalateAsync(consult.Id, regionIds, cancellationToken));

    private async Task<bool> AnnounceAsync(ConsultChange change)
    {
        if (change.Applied)
        {
            await notifier.PublishAsync(change.Consult, [change.Event!]);
        }

        return change.Applied;
    }

    private static ConsultOpened Opened(Consult consult, ConsultRoute route, string requestedBy, string reason) => new()
    {
        ConsultId = consult.Id.ToString(),
        CaseId = consult.CaseId.ToString(),
        Level = (ReferralLevel)consult.Level,
        Specialty = route.Specialty,
        RegionId = route.RegionId,
        Route = route.Description,
        SpecialistOnDuty = route.SpecialistOnDuty,
        RequestedBy = requestedBy,
        Reason = reason,
    };
}
