using Google.Protobuf.WellKnownTypes;
using Triage.Contracts.V1;
using Triage.Engine.News2;

namespace Triage.Engine.Wire;

/// <summary>Turns the engine's assessment into the wire result a terminal shows.</summary>
public static class TriageResultMapper
{
    /// <param name="caseId">The server's id; empty for an offline assessment on the terminal.</param>
    public static TriageResult ToResult(this TriageAssessment assessment, string caseId, string clientCaseId, DateTimeOffset assessedAt)
    {
        var result = new TriageResult
        {
            CaseId = caseId,
            ClientCaseId = clientCaseId,
            ReferralLevel = assessment.Level,
            Specialty = assessment.Specialty,
            Risk = assessment.Risk ?? 0,
            RiskEstimated = assessment.Risk.HasValue,
            ModelVersion = assessment.ModelVersion ?? "",
            News2 = assessment.News2?.ToWire(),
            Advice = assessment.Advice,
            Language = assessment.Language,
            AssessedAt = Timestamp.FromDateTimeOffset(assessedAt),
            RuleLevel = assessment.RuleLevel,
            ModelLevel = assessment.ModelLevel ?? ReferralLevel.Unspecified,
            Coverage = new Contracts.V1.Coverage { Code = assessment.Coverage.Code, Status = assessment.Coverage.Status, Text = assessment.Coverage.Text },
        };
        result.Reasons.AddRange(assessment.Reasons.Select(r => new Reason { Code = r.Code, Source = r.Source, Text = r.Text, Weight = r.Weight }));
        result.RedFlags.AddRange(assessment.RedFlags);
        result.MissingVitals.AddRange(assessment.MissingVitals);
        result.MeasureNext.AddRange(assessment.MeasureNext);
        return result;
    }

    private static Contracts.V1.News2 ToWire(this News2Score score) => new()
    {
        Total = score.Total,
        RedScore = score.RedScore,
        ClinicalRisk = score.ClinicalRisk,
        RespirationRateScore = score.RespirationRate ?? 0,
        Spo2Score = score.Spo2 ?? 0,
        AirOrOxygenScore = score.AirOrOxygen,
        SystolicBpScore = score.SystolicBp ?? 0,
        PulseScore = score.Pulse ?? 0,
        ConsciousnessScore = score.Consciousness ?? 0,
        TemperatureScore = score.Temperature ?? 0,
        Spo2Scale = score.Spo2Scale,
    };
}
