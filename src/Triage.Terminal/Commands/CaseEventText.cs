using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Engine.Wire;
using Triage.Contracts;

namespace Triage.Terminal.Commands;

/// <summary>One case event as a line a feldsher reads at a glance.</summary>
internal static class CaseEventText
{
    public static string Of(CaseEvent e) => $"#{e.Sequence} {e.OccurredAt?.ToDateTime():yyyy-MM-dd HH:mm:ss}Z " + e.EventCase switch
    {
        CaseEvent.EventOneofCase.Triaged => $"triaged: {Result(e.Triaged.Result)}",
        CaseEvent.EventOneofCase.Retriaged => $"triaged again: {Result(e.Retriaged.Result)}",
        CaseEvent.EventOneofCase.ConsultOpened => $"consult opened for {WireName.Of(e.ConsultOpened.Specialty)} in {e.ConsultOpened.RegionId}"
            + (e.ConsultOpened.SpecialistOnDuty ? "" : " (nobody on duty yet: it escalates if unclaimed)"),
        CaseEvent.EventOneofCase.ConsultClaimed => $"taken by {e.ConsultClaimed.SpecialistName}",
        CaseEvent.EventOneofCase.ConsultReleased => "released by the specialist; back in the queue",
        CaseEvent.EventOneofCase.ConsultTransferred => $"transferred to {e.ConsultTransferred.ToSpecialistName}",
        CaseEvent.EventOneofCase.ConsultEscalated => $"escalated to {string.Join(", ", e.ConsultEscalated.RegionIds)} after {e.ConsultEscalated.WaitedSeconds} s",
        CaseEvent.EventOneofCase.Message => $"{e.Message.AuthorName}: {e.Message.Text}",
        CaseEvent.EventOneofCase.AttachmentAdded => $"attachment {e.AttachmentAdded.FileName} ({e.AttachmentAdded.Size} bytes)",
        CaseEvent.EventOneofCase.Concluded => $"CONCLUDED by {e.Concluded.SpecialistName}: {WireName.Of(e.Concluded.FinalLevel)}, {e.Concluded.Icd10Code} {e.Concluded.Diagnosis}; plan: {e.Concluded.Plan}",
        CaseEvent.EventOneofCase.CallStarted => $"call started by {e.CallStarted.StarterName}",
        CaseEvent.EventOneofCase.CallEnded => $"call ended after {e.CallEnded.DurationSeconds} s ({e.CallEnded.Reason})",
        _ => "an event this terminal does not know yet; update the terminal",
    };

    private static string Result(TriageResult r) =>
        $"{WireName.Of(r.ReferralLevel)}, {WireName.Of(r.Specialty)}" + (r.News2 is null ? "" : $", NEWS2 {r.News2.Total}") + $". {r.Advice}";
}
