using Google.Protobuf;
using Triage.Contracts.V1;
using Triage.Data.Consults;
using Triage.Contracts;

namespace Telemed.Hub.Consults;

internal static class ConsultMapping
{
    /// <summary>Events above this size are announced without their body; the client fetches them.</summary>
    private const int InlineEventLimit = 8 * 1024;

    public static ConsultSummary ToSummary(this Consult consult) => new(
        consult.Id.ToString(),
        consult.CaseId.ToString(),
        consult.ClinicId,
        consult.RegionId,
        WireName.Of((ReferralLevel)consult.Level),
        WireName.Of((Specialty)consult.Specialty),
        WireName.Of((ConsultStatus)consult.State),
        new DateTimeOffset(DateTime.SpecifyKind(consult.OpenedAtUtc, DateTimeKind.Utc)),
        consult.ClaimedBy,
        consult.EscalatedAtUtc is not null);

    public static CaseEventNotice ToNotice(this CaseEvent caseEvent, Guid consultId)
    {
        var json = JsonFormatter.Default.Format(caseEvent);
        return new CaseEventNotice(caseEvent.CaseId, consultId.ToString(), caseEvent.Sequence, caseEvent.EventCase.ToString(), json.Length <= InlineEventLimit ? json : null);
    }
}
