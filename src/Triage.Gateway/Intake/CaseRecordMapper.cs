using Google.Protobuf.WellKnownTypes;
using Triage.Contracts.V1;
using Triage.Data.Cases;

namespace Triage.Gateway.Intake;

internal static class CaseRecordMapper
{
    public static CaseRecord ToRecord(this StoredCase stored) => new()
    {
        CaseId = stored.Id.ToString(),
        ClinicId = stored.ClinicId,
        Report = CaseReport.Parser.ParseFrom(stored.Report),
        Result = TriageResult.Parser.ParseFrom(stored.Result),
        ReceivedAt = Timestamp.FromDateTime(DateTime.SpecifyKind(stored.ReceivedAtUtc, DateTimeKind.Utc)),
    };
}
