using Triage.Contracts.V1;
using Triage.Engine.Cases;

namespace Triage.Reports.Cases;

/// <summary>
/// One triaged case as the reports see it: where and when, what the engine advised (overall, from the rules
/// alone and from the model alone), who the patient was in coverage terms, and what became of its consult.
/// </summary>
/// <param name="Simulated">Sent by the terminal's simulator: a synthetic patient, not a real one.</param>
public sealed record ReportCase(
    Guid CaseId,
    string RegionId,
    string DistrictId,
    string ClinicId,
    DateTime ReceivedAtUtc,
    string ModelVersion,
    ReferralLevel EngineLevel,
    ReferralLevel? RuleLevel,
    ReferralLevel? ModelLevel,
    double? Risk,
    Specialty Specialty,
    PatientGroup Group,
    InsuranceStatus Insurance,
    SocialCategory SocialCategory,
    ConsultFacts? Consult,
    bool Simulated = false)
{
    /// <summary>The specialist's final level, once the consult is concluded.</summary>
    public ReferralLevel? FinalLevel => Consult?.FinalLevel;

    /// <summary>Candidate models' shadow scores of this case, one per candidate version.</summary>
    public IReadOnlyList<CandidateScore> ShadowScores { get; init; } = [];

    /// <summary>The case as if <paramref name="score"/>'s candidate had advised it, for measuring the candidate the same way.</summary>
    public ReportCase AdvisedBy(CandidateScore score) =>
        this with { ModelVersion = score.ModelVersion, EngineLevel = score.FinalLevel, ModelLevel = score.ModelLevel, Risk = score.Risk, ShadowScores = [] };
}
