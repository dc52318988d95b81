using Triage.Contracts.V1;

namespace Triage.Training.Evaluation;

/// <summary>One held-out visit as each decision-maker saw it.</summary>
/// <param name="News2Total">Null where NEWS2 does not apply (children, pregnancy).</param>
/// <param name="NurseImmediacy">The triage nurse's immediacy, 1 immediate … 5 non-urgent; null when not triaged.</param>
/// <param name="ModelLevel">The model's level under the engine's thresholds (the region's referral budget).</param>
public sealed record ScoredCase(
    bool Serious, ReferralLevel RuleLevel, bool RedFlag, int? News2Total, double Risk, ReferralLevel ModelLevel, int? NurseImmediacy, AgeGroup AgeGroup)
{
    public ReferralLevel HybridLevel => HybridDecision.Level(RuleLevel, ModelLevel);

    /// <summary>
    /// The nurse's immediacy as a referral level: immediate → EMERGENCY, emergent (seen within 15 min) → URGENT,
    /// urgent → ROUTINE, semi- and non-urgent → TREAT_LOCALLY. ESI v4 implementation handbook (AHRQ 2012), chapter 2.
    /// </summary>
    public ReferralLevel? NurseLevel => NurseImmediacy switch
    {
        1 => ReferralLevel.Emergency,
        2 => ReferralLevel.UrgentReferral,
        3 => ReferralLevel.RoutineReferral,
        4 or 5 => ReferralLevel.TreatLocally,
        _ => null,
    };
}
