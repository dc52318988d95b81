using Triage.Engine;
using System.Text.Json.Nodes;
using Triage.Terminal.Outbox;
using Triage.Contracts;

namespace Triage.Terminal.App.Api;

/// <summary>How an outbox entry is shown: the gateway's result once there is one, else the terminal's own, saying which.</summary>
internal static class CaseViews
{
    public static JsonObject Summary(OutboxEntry entry)
    {
        var result = entry.Result ?? entry.LocalResult;
        return new JsonObject
        {
            ["clientCaseId"] = entry.ClientCaseId,
            ["state"] = entry.State.ToString(),
            ["attempts"] = entry.Attempts,
            ["queuedAt"] = entry.QueuedAt,
            ["updatedAt"] = entry.UpdatedAt,
            ["reason"] = entry.Reason,
            ["patientRef"] = entry.Report.Patient?.PatientRef,
            ["ageYears"] = entry.Report.Patient is { HasAgeYears: true } patient ? patient.AgeYears : null,
            ["sex"] = entry.Report.Patient is { } p ? WireName.Of(p.Sex) : null,
            ["referralLevel"] = result is null ? null : WireName.Of(result.ReferralLevel),
            ["assessedBy"] = entry.Result is not null ? "gateway" : entry.LocalResult is not null ? "terminal" : null,
        };
    }

    public static JsonObject Detail(OutboxEntry entry)
    {
        var detail = Summary(entry);
        detail["caseId"] = entry.Result?.CaseId;
        detail["report"] = ProtoJson.Node(entry.Report);
        detail["local"] = ProtoJson.Node(entry.LocalResult);
        detail["gateway"] = ProtoJson.Node(entry.Result);
        return detail;
    }
}
